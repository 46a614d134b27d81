// Browser test of the public site (docs/transparencia.md): opens every page of the site folder
// from file:// in headless Chromium (the Debian package), fails on any console error, any failed
// or external request, and any axe-core violation of the WCAG 2.0/2.1 A and AA rules; saves a
// screenshot of every page at 375 px and 1280 px wide.
//
//   node check.mjs SITE_FOLDER SCREENSHOT_FOLDER
//
// Environment: CHROMIUM (default /usr/bin/chromium).
import { readdirSync, readFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const [siteArg, shotsArg] = process.argv.slice(2);
if (!siteArg || !shotsArg) {
  console.error("uso: node check.mjs CARPETA_DEL_SITIO CARPETA_DE_CAPTURAS");
  process.exit(2);
}
const site = resolve(siteArg);
const shots = resolve(shotsArg);
mkdirSync(shots, { recursive: true });
const pages = readdirSync(site).filter((f) => f.endsWith(".html")).sort();
if (pages.length === 0) {
  console.error(`no hay páginas .html en ${site}`);
  process.exit(1);
}
const siteUrl = pathToFileURL(site).href + "/";
const profile = mkdtempSync(join(tmpdir(), "mpi-chromium-"));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--allow-file-access-from-files",
    `--user-data-dir=${profile}`,
  ],
});

let failures = 0;
let passed = 0;
function fail(page, message) {
  failures++;
  console.error(`FALLA ${page}: ${message}`);
}

try {
  for (const name of pages) {
    const page = await browser.newPage();
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`error de consola: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`error de página: ${err.message}`));
    page.on("requestfailed", (req) =>
      problems.push(`petición fallida: ${req.url()} (${req.failure()?.errorText})`),
    );
    page.on("request", (req) => {
      if (!req.url().startsWith(siteUrl) && !req.url().startsWith("data:")) {
        problems.push(`petición externa: ${req.url()}`);
      }
    });
    const url = siteUrl + name;
    const before = failures;
    for (const width of [375, 1280]) {
      await page.setViewport({ width, height: 900 });
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response || !response.ok()) {
        problems.push(`no se abrió (${response ? response.status() : "sin respuesta"})`);
      }
      const stem = name.replace(/\.html$/, "");
      await page.screenshot({ path: join(shots, `${stem}-${width}.png`), fullPage: true });
    }
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        resultTypes: ["violations"],
      }),
    );
    for (const v of result.violations) {
      const where = v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ");
      problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${where}`);
    }
    for (const p of [...new Set(problems)]) fail(name, p);
    if (failures === before) passed++;
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`Sitio: ${pages.length} páginas revisadas en Chromium; capturas en ${shots}`);
console.log(`${passed} passed, ${pages.length - passed} failed`);
process.exit(failures === 0 ? 0 : 1);
