// Calendar dates as the tracker writes them (YYYY-MM-DD), and only days that exist.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 2024-02-29 is one; 2021-02-31, 2023-02-29, 2021-13-01 and 0000-01-01 are not. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
