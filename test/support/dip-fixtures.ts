// DIP records for the stand-in, in the shape of the API (OpenAPI 1.3). Modelled on real records: the
// OZG-Änderungsgesetz (BT-Drs. 20/8093, the Bundesrat's refusal and the mediation, BGBl. 2024 I Nr. 245),
// the Mindestlohnerhöhungsgesetz (unrelated to chapter 2.2) and the Registermodernisierungsgesetz (passed
// in the 19th Wahlperiode, before the term). Ids, and the numbers of documents other than those named,
// are made up; so are the Dateninstitut and Open-Data bills, written for a bill in the committees and one
// that lapsed.

type Json = Record<string, unknown>;

export interface DipRecords {
  vorgaenge: Json[];
  positionen: Json[];
  drucksachen: Json[];
}

const BT = 'BT';
const BR = 'BR';

function drucksache(id: string, nummer: string, typ: string, datum: string, titel: string, herausgeber = BT, wahlperiode = 20): Json {
  const [period, number] = nummer.split('/');
  const pdf =
    herausgeber === BT
      ? `https://dserver.bundestag.de/btd/${period}/${number!.padStart(5, '0').slice(0, 3)}/${period}${number!.padStart(5, '0')}.pdf`
      : `https://dserver.bundestag.de/brd/20${number}/${period}-${number}.pdf`;
  return {
    id,
    typ: 'Dokument',
    dokumentart: 'Drucksache',
    drucksachetyp: typ,
    dokumentnummer: nummer,
    wahlperiode,
    herausgeber,
    datum,
    aktualisiert: `${datum}T09:00:00+02:00`,
    titel,
    autoren_anzahl: 0,
    vorgangsbezug_anzahl: 1,
    fundstelle: {
      id,
      dokumentart: 'Drucksache',
      dokumentnummer: nummer,
      datum,
      herausgeber,
      drucksachetyp: typ,
      pdf_url: pdf,
      urheber: ['Bundesregierung'],
    },
    ressort: [{ federfuehrend: true, titel: 'Bundesministerium des Innern und für Heimat' }],
  };
}

function step(id: string, vorgang: Json, name: string, datum: string, fundstelle: Json, extra: Json = {}): Json {
  return {
    id,
    typ: 'Vorgangsposition',
    vorgang_id: vorgang.id,
    vorgangsposition: name,
    titel: vorgang.titel,
    vorgangstyp: vorgang.vorgangstyp,
    zuordnung: fundstelle.herausgeber,
    datum,
    aktualisiert: `${datum}T18:00:00+02:00`,
    gang: true,
    fortsetzung: false,
    nachtrag: false,
    aktivitaet_anzahl: 0,
    dokumentart: fundstelle.dokumentart,
    fundstelle,
    ...extra,
  };
}

function protocol(id: string, herausgeber: string, nummer: string, datum: string): Json {
  return {
    id,
    dokumentart: 'Plenarprotokoll',
    dokumentnummer: nummer,
    datum,
    herausgeber,
    urheber: [],
    pdf_url: `https://dserver.bundestag.de/${herausgeber === BT ? 'btp' : 'brp'}/${nummer.replace('/', '')}.pdf`,
  };
}

const fundstelleOf = (document: Json) => document.fundstelle as Json;

/** The OZG-Änderungsgesetz; `stage` picks how far the procedure has come. */
export function ozgRecords(stage: 'refused' | 'mediated' | 'promulgated' = 'promulgated'): DipRecords {
  const titel =
    'Gesetz zur Änderung des Onlinezugangsgesetzes sowie weiterer Vorschriften zur Digitalisierung der Verwaltung (OZG-Änderungsgesetz - OZGÄndG)';
  const beratungsstand = { refused: 'Bundesrat hat Zustimmung versagt', mediated: 'Im Vermittlungsverfahren', promulgated: 'Verkündet' }[
    stage
  ];
  const datum = { refused: '2024-03-22', mediated: '2024-06-12', promulgated: '2024-07-23' }[stage];
  const vorgang: Json = {
    id: '303372',
    typ: 'Vorgang',
    vorgangstyp: 'Gesetzgebung',
    wahlperiode: 20,
    beratungsstand,
    titel,
    datum,
    aktualisiert: `${datum}T16:05:11+02:00`,
    initiative: ['Bundesregierung'],
    gesta: 'B016',
    zustimmungsbeduerftigkeit: ['Ja, laut Gesetzentwurf (Drs 20/8093)'],
    sachgebiet: ['Staat und Verwaltung', 'Medien, Kommunikation und Informationstechnik'],
    deskriptor: [
      { name: 'Onlinezugangsgesetz', typ: 'Rechtsmaterialien', fundstelle: true },
      { name: 'Digitalisierung', typ: 'Sachbegriffe', fundstelle: true },
      { name: 'Öffentliche Verwaltung', typ: 'Sachbegriffe', fundstelle: false },
      { name: 'Elektronische Verwaltung', typ: 'Sachbegriffe', fundstelle: true },
    ],
    abstract:
      'Weiterentwicklung des Onlinezugangsgesetzes: Ende-zu-Ende-Digitalisierung wesentlicher Verwaltungsleistungen des Bundes, BundID als zentrales Bürgerkonto, ' +
      'Einer-für-Alle-Prinzip, Rechtsanspruch auf elektronischen Zugang zu Verwaltungsleistungen des Bundes ab 2028, Abbau der Schriftform',
  };
  const gesetzentwurfBr = drucksache('270101', '286/23', 'Gesetzentwurf', '2023-06-16', titel, BR);
  const gesetzentwurf = drucksache('270512', '20/8093', 'Gesetzentwurf', '2023-08-25', titel);
  const empfehlung = drucksache('272807', '20/8836', 'Beschlussempfehlung und Bericht', '2023-10-18', titel);
  const vermittlung = drucksache('281344', '20/11902', 'Beschlussempfehlung', '2024-06-12', titel);
  const steps = [
    step('611001', vorgang, 'Gesetzentwurf', '2023-06-16', fundstelleOf(gesetzentwurfBr)),
    step('611002', vorgang, 'BR-Plenum: 1. Durchgang', '2023-07-07', protocol('611102', BR, '1035', '2023-07-07'), {
      beschlussfassung: [{ beschlusstenor: 'Stellungnahme' }],
    }),
    step('611003', vorgang, 'Gesetzentwurf', '2023-08-25', fundstelleOf(gesetzentwurf)),
    step('611004', vorgang, '1. Beratung', '2023-09-21', protocol('611104', BT, '20/122', '2023-09-21'), {
      beschlussfassung: [{ beschlusstenor: 'Überweisung' }],
    }),
    step('611005', vorgang, 'Beschlussempfehlung und Bericht', '2023-10-18', fundstelleOf(empfehlung)),
    step('611006', vorgang, '2. Beratung', '2023-10-20', protocol('611106', BT, '20/130', '2023-10-20'), {
      beschlussfassung: [{ beschlusstenor: 'Annahme der Vorlage in Ausschussfassung' }],
    }),
    step('611007', vorgang, 'BR-Plenum: 2. Durchgang', '2024-03-22', protocol('611107', BR, '1042', '2024-03-22'), {
      beschlussfassung: [{ beschlusstenor: 'Versagung der Zustimmung' }],
    }),
  ];
  const drucksachen = [gesetzentwurfBr, gesetzentwurf, empfehlung];
  if (stage !== 'refused') {
    steps.push(
      step(
        '611008',
        vorgang,
        'Anrufung des Vermittlungsausschusses durch die BRg',
        '2024-04-10',
        protocol('611108', BR, '1043', '2024-04-10'),
      ),
    );
    steps.push(step('611009', vorgang, 'Beschlussempfehlung des Vermittlungsausschusses', '2024-06-12', fundstelleOf(vermittlung)));
    drucksachen.push(vermittlung);
  }
  if (stage === 'promulgated') {
    steps.push(
      step(
        '611010',
        vorgang,
        'BT-Plenum: Bestätigung des Einigungsvorschlags',
        '2024-06-13',
        protocol('611110', BT, '20/174', '2024-06-13'),
        { beschlussfassung: [{ beschlusstenor: 'Annahme' }] },
      ),
    );
    steps.push(
      step('611011', vorgang, 'BR-Plenum: Zustimmung', '2024-06-14', protocol('611111', BR, '1045', '2024-06-14'), {
        beschlussfassung: [{ beschlusstenor: 'Zustimmung' }],
      }),
    );
    vorgang.verkuendung = [
      {
        titel,
        jahrgang: '2024',
        heftnummer: '245',
        seite: '1',
        ausfertigungsdatum: '2024-07-19',
        verkuendungsdatum: '2024-07-23',
        einleitungstext: 'Gesetz',
        verkuendungsblatt_kuerzel: 'BGBl I',
        verkuendungsblatt_bezeichnung: 'Bundesgesetzblatt Teil I',
        fundstelle: 'BGBl. 2024 I Nr. 245',
        rubrik_nr: '2',
        pdf_url: 'https://www.recht.bund.de/bgbl/1/2024/245/VO.html',
      },
    ];
    vorgang.inkrafttreten = [{ datum: '2024-07-24', erlaeuterung: 'im Wesentlichen' }];
  }
  return { vorgaenge: [vorgang], positionen: steps, drucksachen };
}

/** A promulgated law of the term that concerns nothing in chapter 2.2. */
export function mindestlohnRecords(): DipRecords {
  const titel =
    'Gesetz zur Erhöhung des Schutzes durch den gesetzlichen Mindestlohn und zu Änderungen im Bereich der geringfügigen Beschäftigung';
  const vorgang: Json = {
    id: '287402',
    typ: 'Vorgang',
    vorgangstyp: 'Gesetzgebung',
    wahlperiode: 20,
    beratungsstand: 'Verkündet',
    titel,
    datum: '2022-06-28',
    aktualisiert: '2022-07-01T10:12:40+02:00',
    initiative: ['Bundesregierung'],
    sachgebiet: ['Arbeit und Beschäftigung'],
    deskriptor: [
      { name: 'Mindestlohn', typ: 'Sachbegriffe', fundstelle: true },
      { name: 'Geringfügige Beschäftigung', typ: 'Sachbegriffe', fundstelle: true },
    ],
    abstract:
      'Anhebung des gesetzlichen Mindestlohns auf 12 Euro je Zeitstunde ab 1. Oktober 2022; Anhebung der Minijob-Grenze auf 520 Euro',
    verkuendung: [
      {
        jahrgang: '2022',
        seite: '969',
        ausfertigungsdatum: '2022-06-28',
        verkuendungsdatum: '2022-06-30',
        einleitungstext: 'Gesetz',
        fundstelle: 'BGBl I 2022 Nr. 21, S. 969',
        pdf_url: 'https://www.bgbl.de/xaver/bgbl/start.xav?startbk=Bundesanzeiger_BGBl&jumpTo=bgbl122s0969.pdf',
      },
    ],
  };
  const entwurf = drucksache('258901', '20/1408', 'Gesetzentwurf', '2022-04-13', titel);
  return {
    vorgaenge: [vorgang],
    positionen: [step('620001', vorgang, 'Gesetzentwurf', '2022-04-13', fundstelleOf(entwurf))],
    drucksachen: [entwurf],
  };
}

/** A law of the 19th Wahlperiode, promulgated before the term, on the register modernisation of chapter 2.2. */
export function registermodernisierungRecords(): DipRecords {
  const titel =
    'Gesetz zur Einführung einer Identifikationsnummer in die öffentliche Verwaltung und zur Änderung weiterer Gesetze (Registermodernisierungsgesetz - RegMoG)';
  const vorgang: Json = {
    id: '265876',
    typ: 'Vorgang',
    vorgangstyp: 'Gesetzgebung',
    wahlperiode: 19,
    beratungsstand: 'Verkündet',
    titel,
    datum: '2021-03-28',
    aktualisiert: '2021-04-06T11:00:00+02:00',
    initiative: ['Bundesregierung'],
    sachgebiet: ['Staat und Verwaltung'],
    deskriptor: [{ name: 'Registermodernisierung', typ: 'Sachbegriffe', fundstelle: true }],
    verkuendung: [
      {
        jahrgang: '2021',
        seite: '591',
        ausfertigungsdatum: '2021-03-28',
        verkuendungsdatum: '2021-04-06',
        einleitungstext: 'Gesetz',
        fundstelle: 'BGBl I 2021 Nr. 13, S. 591',
        pdf_url: 'https://www.bgbl.de/xaver/bgbl/start.xav?jumpTo=bgbl121s0591.pdf',
      },
    ],
  };
  const entwurf = drucksache('245511', '19/24226', 'Gesetzentwurf', '2020-11-11', titel, BT, 19);
  return {
    vorgaenge: [vorgang],
    positionen: [step('630001', vorgang, 'Gesetzentwurf', '2020-11-11', fundstelleOf(entwurf))],
    drucksachen: [entwurf],
  };
}

/** A bill in the committees (made up): the Dateninstitut of chapter 2.2. */
export function dateninstitutRecords(beratungsstand = 'Den Ausschüssen zugewiesen'): DipRecords {
  const titel = 'Entwurf eines Gesetzes zur Errichtung eines Dateninstituts (Dateninstitutsgesetz - DIG)';
  const vorgang: Json = {
    id: '309911',
    typ: 'Vorgang',
    vorgangstyp: 'Gesetzgebung',
    wahlperiode: 20,
    beratungsstand,
    titel,
    datum: '2024-11-06',
    aktualisiert: '2024-11-07T08:30:00+01:00',
    initiative: ['Bundesregierung'],
    sachgebiet: ['Wissenschaft, Forschung und Technologie'],
    deskriptor: [{ name: 'Dateninstitut', typ: 'Institutionen', fundstelle: true }],
  };
  const entwurf = drucksache('290112', '20/13711', 'Gesetzentwurf', '2024-10-23', titel);
  return {
    vorgaenge: [vorgang],
    positionen: [
      step('640001', vorgang, 'Gesetzentwurf', '2024-10-23', fundstelleOf(entwurf)),
      step('640002', vorgang, '1. Beratung', '2024-11-06', protocol('640102', BT, '20/197', '2024-11-06'), {
        beschlussfassung: [{ beschlusstenor: 'Überweisung' }],
      }),
    ],
    drucksachen: [entwurf],
  };
}

/** A bill that lapsed with the Wahlperiode (made up): the right to open data of chapter 2.2. */
export function openDataRecords(): DipRecords {
  const titel = 'Entwurf eines Gesetzes zur Einführung eines Rechtsanspruchs auf Open Data (Open-Data-Rechtsanspruchsgesetz)';
  const vorgang: Json = {
    id: '312044',
    typ: 'Vorgang',
    vorgangstyp: 'Gesetzgebung',
    wahlperiode: 20,
    beratungsstand: 'Erledigt durch Ablauf der Wahlperiode',
    titel,
    datum: '2025-03-25',
    aktualisiert: '2025-03-26T07:00:00+01:00',
    initiative: ['Fraktion der FDP'],
    sachgebiet: ['Staat und Verwaltung'],
    deskriptor: [{ name: 'Open Data', typ: 'Sachbegriffe', fundstelle: true }],
  };
  const entwurf = drucksache('295501', '20/14290', 'Gesetzentwurf', '2024-12-11', titel);
  return {
    vorgaenge: [vorgang],
    positionen: [step('650001', vorgang, 'Gesetzentwurf', '2024-12-11', fundstelleOf(entwurf))],
    drucksachen: [entwurf],
  };
}

/** Everything above together. */
export function allRecords(): DipRecords {
  const parts = [ozgRecords(), mindestlohnRecords(), registermodernisierungRecords(), dateninstitutRecords(), openDataRecords()];
  return {
    vorgaenge: parts.flatMap((part) => part.vorgaenge),
    positionen: parts.flatMap((part) => part.positionen),
    drucksachen: parts.flatMap((part) => part.drucksachen),
  };
}
