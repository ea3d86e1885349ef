import { chromium } from "playwright-core";
const base = "http://127.0.0.1:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const q = encodeURIComponent("Information dissemination by journals and periodicals in the physical sciences");
for (const [w, h, tag] of [[1280, 800, "desktop"], [390, 844, "phone"]].filter((x) => x[2] === process.argv[2])) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  const t0 = Date.now();
  await page.goto(`${base}/search?q=${q}`);
  await page.getByTestId("search-error").waitFor({ timeout: 20000 });
  console.log(tag, "alert after", Date.now() - t0, "ms;", await page.locator("#results-summary").innerText());
  await page.screenshot({ path: `/tmp/ready-${tag}.png` });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(tag, "scrollWidth", width);
  await page.locator("ol li").first().waitFor({ timeout: 90000 });
  console.log(tag, "results after", Date.now() - t0, "ms without a reload;", await page.locator("#results-summary").innerText());
  await page.screenshot({ path: `/tmp/healed-${tag}.png` });
  await page.close();
}
await browser.close();
