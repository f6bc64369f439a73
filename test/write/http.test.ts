/**
 * The write API over HTTP, as a portal calls it: the key travels in the
 * Authorization header (or X-Api-Key), and failures are data with status 200.
 */
import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { SubmitApplicationDocument } from "../generated/graphql.js";
import { databaseTargets } from "../support/database.js";
import { submission, useWriteApi } from "./support.js";

describe.each(databaseTargets())("the write API over HTTP on $name", (target) => {
  const api = useWriteApi(target);

  /** A plain POST with only these headers: what travels on the wire is the test's subject here. */
  const post = (headers: Record<string, string>) =>
    fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query: print(SubmitApplicationDocument), variables: { input: submission() } }),
    });

  it("submits with the key in an Authorization bearer header, and never lets the answer be cached", async () => {
    const response = await post({ authorization: `Bearer ${api.portal}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control") ?? "no-store").not.toMatch(/public/);
    const body = await response.json();
    expect(body.data.submitApplication).toMatchObject({
      __typename: "ApplicationReceipt",
      application: { applicant: { phone: "+77011234567" } },
    });
  });

  it("accepts the key in X-Api-Key too", async () => {
    const body = await (await post({ "x-api-key": api.portal })).json();
    expect(body.data.submitApplication.__typename).toBe("ApplicationReceipt");
  });

  it("answers a request without a key with Forbidden as data", async () => {
    const body = await (await post({})).json();
    expect(body.data.submitApplication).toMatchObject({
      __typename: "Forbidden",
      message: expect.stringContaining("PORTAL"),
    });
  });
});
