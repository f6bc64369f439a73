import { describe, expect, it } from "vitest";
import { readSource } from "../../seeds/extract/source.js";
import { segmentAct } from "../../seeds/extract/segment.js";
import { extractLegalAct } from "../../seeds/extract/standards/legal-act.js";
import { extractServices } from "../../seeds/extract/standards/services.js";
import { seedMapAppendices, seedMapSpans } from "./helpers/standards.js";

const act = readSource();
const segmentation = segmentAct(act);

describe("the standards' stage on segmentAct's output", () => {
  it("reads the same services as on the seed map's segmentation", () => {
    expect(extractServices(act, segmentation.standards, segmentation.appendices)).toStrictEqual(
      extractServices(act, seedMapSpans, seedMapAppendices),
    );
  });

  it("attributes the same amendment notes to the same services", () => {
    expect(extractLegalAct(act, segmentation.standards, segmentation.appendices)).toStrictEqual(
      extractLegalAct(act, seedMapSpans, seedMapAppendices),
    );
  });
});
