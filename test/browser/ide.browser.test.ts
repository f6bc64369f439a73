/**
 * The IDE as a person meets it: headless Chromium (Debian's `chromium`
 * package, driven by playwright-core) opens /graphql on the real `npm start`
 * process in production mode, runs the first example and opens the Docs.
 * Without /usr/bin/chromium the test is skipped and says how to enable it.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startNpmStart } from "../support/process.js";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser && process.env.REQUIRE_BROWSER) {
  // .ci/run installs Chromium and sets REQUIRE_BROWSER: there, a missing browser is a failure, not a skip.
  throw new Error(`REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM}`);
}
if (!hasBrowser) {
  console.warn(
    `browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's package with \`apt-get install -y chromium\`, or set CHROMIUM_PATH)`,
  );
}

describe.skipIf(!hasBrowser)("the IDE in a real browser, served by npm start", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startNpmStart();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // The flags this machine needs: no sandbox as root, and no background networking, which a closed network refuses.
      // playwright gives each launch a fresh, empty profile of its own.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    page = await browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(`${message.text()} (${message.location().url})`);
    });
    await page.goto(server.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens with the first example and runs it", async () => {
    await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.locator(".graphiql-query-editor").innerText(), { timeout: 15_000 })
      .toContain("WhoProvidesServiceInDistrict");
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await expect.poll(() => response.innerText(), { timeout: 30_000 }).toContain('"number": 6');
    const text = await response.innerText();
    expect(text).toContain("Ақкөл");
    expect(text).not.toContain('"errors"');
  });

  it("shows the schema in the Docs explorer, starting from Query", async () => {
    await page.getByRole("button", { name: /documentation explorer/i }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await expect.poll(() => docs.innerText(), { timeout: 15_000 }).toMatch(/\bQuery\b/);
    await docs.getByText("Query", { exact: true }).first().click();
    await expect.poll(() => docs.innerText(), { timeout: 15_000 }).toContain("regions");
    expect(pageErrors).toEqual([]);
  });
});
