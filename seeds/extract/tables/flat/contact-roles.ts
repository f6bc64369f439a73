/**
 * Contacts inside a line: which tokens are phones, e-mails or the reception
 * word, and which are text for the list's own rules.
 */
import type { Token } from "./tokens.js";

export type TokenRole = "text" | "phones" | "email" | "reception";

/**
 * Gives every token of a line a role by its shape: the words before the
 * first phone or e-mail are text (name, address or unit, decided by the list
 * reader); a house number before a phone stays text («көшесі, 7 8-7212 …»).
 * `continuing` says which contact the previous token of the row belonged to,
 * so that a line that starts with a broken phone tail («88 61-52-02»,
 * «-40-06») or an e-mail tail continues it.
 */
function isLoneDash(token: Token | undefined): boolean {
  return token !== undefined && /^[-–]$/.test(token.text);
}

export function assignRoles(tokens: Token[], continuing: TokenRole | null): TokenRole[] {
  const roles: TokenRole[] = [];
  let mode: TokenRole = "text";
  if (continuing === "phones" && tokens[0] && (tokens[0].cls === "phoneFragment" || tokens[0].cls === "phone"))
    mode = "phones";
  if (continuing === "email" && tokens[0] && (tokens[0].cls === "latin" || tokens[0].cls === "email")) mode = "email";
  if ((continuing === "reception" || continuing === "phones") && tokens[0]?.cls === "reception") mode = "reception";
  // A label's colon pushed to the next line («Тел/факс» / «: 8-7172- …», 70422–70423).
  if ((continuing === "phones" || continuing === "email") && tokens[0]?.cls === "punctuation") mode = continuing;
  // A phone's last group broken off behind a spaced hyphen («телетайп: 8-7212- 27-12» / «- 4 2», 77367–77368).
  if (continuing === "phones" && isLoneDash(tokens[0]) && tokens[1]?.cls === "phoneFragment") mode = "phones";
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    switch (token.cls) {
      case "phone":
      case "phoneLabel":
        mode = "phones";
        break;
      case "email":
      case "emailLabel":
        mode = "email";
        break;
      case "latin":
        // Letter-spaced e-mails print one letter per token («a k i m @»).
        if (mode !== "email" && (token.text.length > 1 || (next && (next.cls === "latin" || next.cls === "email"))))
          mode = "email";
        break;
      case "phoneFragment":
        if (mode === "email" || mode === "reception") mode = "phones";
        break;
      case "reception":
        if (mode === "phones" || mode === "reception") {
          roles.push("reception");
          mode = "reception";
          return;
        }
        break;
      case "text":
        if (!(mode === "phones" && isLoneDash(token) && next?.cls === "phoneFragment")) mode = "text";
        break;
    }
    roles.push(mode);
  });
  return roles;
}
