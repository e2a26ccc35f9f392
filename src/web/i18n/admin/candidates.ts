// Part of the back office's catalogue (catalogue.ts): what the review queue says of the extractor's offers.
export const candidateOfferStrings = {
  heading: 'Angebot des Extraktors',
  mergeText: (number: number) => `Dieser Satz führt Vorschlag ${number} fort; beide nennen vermutlich ein Vorhaben.`,
  mergeButton: (number: number) => `Mit Vorschlag ${number} zusammenführen`,
  splitText: (count: number) => `Dieser Vorschlag bündelt ${count} Vorhaben:`,
  splitButton: (count: number) => `In ${count} Vorschläge teilen`,
  cues: 'Anlass',
};
