// The address of a freedom-of-information request about a Vorhaben to its lead ministry: FOI_URL_TEMPLATE
// with the ministry's public body on the portal and a prepared subject and text, each part URL-encoded.

export interface FoiRequest {
  /** The ministry's slug on the portal: the editors' mapping, else our own slug of it as the best guess. */
  authority: string;
  subject: string;
  body: string;
  /** The Vorhaben's public page. */
  url: string;
}

export function foiRequestUrl(template: string, request: FoiRequest): string {
  return template.replace(/\{(authority|subject|body|url)\}/g, (_, name: keyof FoiRequest) => encodeURIComponent(request[name]));
}
