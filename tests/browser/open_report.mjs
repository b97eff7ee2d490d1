// Opens an HTML report in headless Chromium (@sparticuz/chromium driven by puppeteer-core) and prints one
// JSON line: console errors and page errors, whether the elements named by the selectors are visible,
// and how long the page took to load. Used by tests/test_html_browser.py.
//
//   node open_report.mjs REPORT.html SELECTOR...
import chromium from "@sparticuz/chromium";
import puppeteer from "puppeteer-core";
import { pathToFileURL } from "node:url";

const [report, ...selectors] = process.argv.slice(2);
chromium.setGraphicsMode = false;
const browser = await puppeteer.launch({
  args: puppeteer.defaultArgs({ args: chromium.args, headless: "shell" }),
  defaultViewport: { width: 1280, height: 900 },
  executablePath: await chromium.executablePath(),
  headless: "shell",
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page: ${error.message}`));
  page.on("requestfailed", (request) => errors.push(`request: ${request.url()}`));
  const started = performance.now();
  await page.goto(pathToFileURL(report).href, { waitUntil: "load", timeout: 120000 });
  const loadMs = Math.round(performance.now() - started);
  const visible = {};
  for (const selector of selectors) {
    visible[selector] = await page.$eval(
      selector,
      (element) => {
        element.scrollIntoView();
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && !element.closest("[hidden]");
      },
    ).catch(() => false);
  }
  process.stdout.write(JSON.stringify({ errors, visible, loadMs }) + "\n");
} finally {
  await browser.close();
}
