import { describe, expect, it } from "vitest";
import { readSource } from "../../seeds/extract/source.js";
import { segmentAct } from "../../seeds/extract/segment.js";
import { extractLegalAct } from "../../seeds/extract/standards/legal-act.js";
import { extractServices } from "../../seeds/extract/standards/services.js";
import { seedMapAppendices, seedMapSpans } from "./helpers/standards.js";
import { actAttested } from "./helpers/attested.js";

const { lexicon } = actAttested();

const act = readSource();
const segmentation = segmentAct(act);

describe("the standards' stage on segmentAct's output", () => {
  it("reads the same services as on the seed map's segmentation", () => {
    expect(extractServices(act, lexicon, segmentation.standards, segmentation.appendices)).toStrictEqual(
      extractServices(act, lexicon, seedMapSpans, seedMapAppendices),
    );
  });

  it("attributes the same amendment notes to the same services", () => {
    expect(extractLegalAct(act, lexicon, segmentation.standards, segmentation.appendices)).toStrictEqual(
      extractLegalAct(act, lexicon, seedMapSpans, seedMapAppendices),
    );
  });
});
