/**
 * The e-mails and web sites the act prints cleanly somewhere (seed map
 * §4.2, §5.12): what a damaged copy of one is checked against.
 */

/**
 * E-mails (and their local parts) and sites that the act prints cleanly
 * somewhere: one whitespace-delimited token of plain ASCII. Most addresses
 * are printed 17 times, so a damaged copy can be checked against a clean
 * one (is the glued Cyrillic «а» in `17 аktau_gotsp@` a house letter or the
 * first letter of «aktau»?).
 */
export interface AttestedContacts {
  emails: ReadonlyMap<string, number>;
  localParts: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  /** Mail domains by frequency, for telling a misprinted domain (`mai1.ru`) from a real one. */
  domains: ReadonlyMap<string, number>;
}

export const EMAIL_SHAPE = /^([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})$/;
// Underscores are not allowed in host names, but the act prints one (`osak_акимат.kz`, 9426); it is kept as printed.
export const SITE_SHAPE =
  /^(?:https?:\/\/)?([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(?:kz|ru|com|net|org|su|info|biz|gov)(?:\/[^\s]*)?)$/i;

/** The top-level domains the act's addresses use; an e-mail ending otherwise (`kokshetau.onlinekz`) is flagged. */
export const KNOWN_TLDS = new Set(["kz", "ru", "com", "net", "org", "su", "info", "biz", "ua", "by", "uz", "kg"]);

export function buildAttestedContacts(lines: Iterable<string>): AttestedContacts {
  const emails = new Map<string, number>();
  const localParts = new Set<string>();
  const sites = new Set<string>();
  const domains = new Map<string, number>();
  for (const line of lines) {
    for (const raw of line.split(/\s+/)) {
      const token = raw.replace(/^[(«]+|[,;:.)»]+$/g, "");
      const email = EMAIL_SHAPE.exec(token);
      if (email) {
        const value = token.toLowerCase();
        emails.set(value, (emails.get(value) ?? 0) + 1);
        localParts.add(email[1]!.toLowerCase());
        const domain = email[2]!.toLowerCase();
        domains.set(domain, (domains.get(domain) ?? 0) + 1);
        continue;
      }
      const site = SITE_SHAPE.exec(token);
      if (site) {
        const host = site[1]!.toLowerCase().replace(/\/.*$/, "");
        sites.add(host);
        // `zhitikara.kostanai.kz` attests the domain `kostanai.kz` that an e-mail may use.
        const labels = host.split(".");
        for (let from = 0; from <= labels.length - 2; from += 1) {
          const domain = labels.slice(from).join(".");
          domains.set(domain, (domains.get(domain) ?? 0) + 1);
        }
      }
    }
  }
  return { emails, localParts, sites, domains };
}

export function isAttested(candidate: string, attested: AttestedContacts): boolean {
  const lower = candidate.toLowerCase().replace(/[,;:.]+$/, "");
  if (lower.includes("@")) {
    const local = lower.slice(0, lower.indexOf("@"));
    return attested.emails.has(lower) || (local.length > 0 && attested.localParts.has(local));
  }
  return attested.sites.has(lower) || attested.localParts.has(lower);
}
