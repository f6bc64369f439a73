/**
 * The counts the seed map (§4.2–4.6, §7) verified by hand, by row number and
 * by entity name. They are never used to produce data: the report and the
 * dataset test compare what the pipeline found against them, so a change in
 * any stage that loses or invents a row shows up as a difference.
 *
 * Region arrays follow `REGIONS` order: Ақмола … Оңтүстік Қазақстан, Астана,
 * Алматы қ.
 */

/** Rows per region of each DEPT list (§4.2 table). */
export const EXPECTED_DEPT_ROWS: Record<string, number[]> = {
  "s1-a1": [19, 13, 21, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s2-a1": [19, 13, 20, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s3-a1": [19, 13, 21, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s4-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s5-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s6-a1": [19, 13, 20, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s7-a1": [19, 13, 20, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s8-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s9-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s10-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s12-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 1],
  "s13-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 1],
  "s14-a1": [19, 13, 20, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s15-a1": [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s16-a1": [19, 13, 20, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s17-a1": [19, 13, 21, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
  "s18-a1": [19, 14, 21, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7],
};

const CLEAN_AKIM = [19, 13, 19, 8, 19, 11, 13, 18, 20, 13, 7, 13, 14, 15, 4, 7];

/** Rows per region of each AKIM list (§4.3 table): S17.a6 lost Абай and Ақтоғай of Қарағанды. */
export const EXPECTED_AKIM_ROWS: Record<string, number[]> = {
  "s2-a5": CLEAN_AKIM,
  "s6-a5": CLEAN_AKIM,
  "s7-a4": CLEAN_AKIM,
  "s14-a4": CLEAN_AKIM,
  "s16-a5": CLEAN_AKIM,
  "s17-a6": CLEAN_AKIM.map((count, index) => (index === 7 ? 16 : count)),
};

/** Rows of the flat lists, as [min, max]: S10.a3 lost ОҚО and keeps only fragments of its last rows (§4.4). */
export const EXPECTED_FLAT_ROWS: Record<string, [number, number]> = {
  ...Object.fromEntries(
    [
      "s1-a4",
      "s2-a4",
      "s3-a3",
      "s4-a4",
      "s5-a4",
      "s6-a4",
      "s7-a3",
      "s8-a3",
      "s9-a3",
      "s12-a4",
      "s13-a4",
      "s14-a3",
      "s15-a3",
      "s16-a4",
      "s17-a5",
      "s18-a3",
    ].map((id) => [id, [16, 16] as [number, number]]),
  ),
  "s10-a3": [13, 15],
  ...Object.fromEntries(
    ["s1-a5", "s2-a6", "s3-a5", "s4-a5", "s5-a5", "s6-a6", "s12-a5", "s13-a5", "s16-a6", "s18-a4"].map((id) => [
      id,
      [16, 16] as [number, number],
    ]),
  ),
  ...Object.fromEntries(
    ["s2-a2", "s3-a2", "s4-a2", "s5-a2", "s6-a2", "s12-a2", "s13-a2", "s16-a2"].map((id) => [
      id,
      [27, 27] as [number, number],
    ]),
  ),
};

/** Distinct providers per region, by kind (§4.2–4.6, §6). */
export const EXPECTED_AUTHORITIES = [19, 13, 19, 8, 19, 11, 13, 18, 20, 9, 7, 13, 14, 15, 1, 7];
export const EXPECTED_AKIMATS = CLEAN_AKIM;
export const EXPECTED_CENTRES = [1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 7];
/** Districts: the DEPT places, plus Қызылорда's city Арал and four kents, Астана's 3 and Алматы's 7 city districts (§4.3). */
export const EXPECTED_DISTRICTS = [19, 13, 19, 8, 19, 11, 13, 18, 20, 13, 7, 13, 14, 15, 3, 7];

export const EXPECTED_TOTALS = {
  regions: 16,
  districts: 212,
  authorities: 206,
  basqarmas: 16,
  ministry: 1,
  akimats: 213,
  apparatus: 16,
  centres: 27,
  deptRows: 3504,
  akimRows: 1276,
} as const;
