/**
 * What the act itself attests, for the cleaners that cannot decide from the
 * characters alone: the frequency of every word it prints (is «т іркеу» one
 * word?) and the e-mails and sites it prints cleanly somewhere (is the glued
 * «а» of `17 аktau_gotsp@` a house letter?). Built once from the lines the
 * pipeline is given and passed down, so every cleaner is a function of its
 * arguments: no cleaner reads the committed act behind its caller's back.
 */
import type { SourceLine } from "../model.js";
import { buildAttestedContacts, type AttestedContacts } from "./attested-contacts.js";
import { buildLexicon, type Lexicon } from "./text.js";

export interface Attested {
  lexicon: Lexicon;
  contacts: AttestedContacts;
}

export function attestedIn(lines: readonly SourceLine[]): Attested {
  const texts = lines.map((line) => line.text);
  return { lexicon: buildLexicon(texts), contacts: buildAttestedContacts(texts) };
}
