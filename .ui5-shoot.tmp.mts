import { chromium, type Page, type BrowserContext } from "@playwright/test";

const BASE = "http://localhost:3400";
const TITLE = "Sequential Training of Neural Networks with Gradient Boosting";
const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args });

async function ctx(email: string, opts: { dark?: boolean; phone?: boolean } = {}) {
  const c: BrowserContext = await browser.newContext(opts.phone ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1360, height: 900 } });
  await c.addInitScript((dark) => localStorage.setItem("commonplace-theme", dark ? "dark" : "light"), Boolean(opts.dark));
  const p = await c.newPage();
  await p.goto(`${BASE}/sign-in`);
  await p.getByLabel("Email").fill(email);
  await p.getByLabel("Password", { exact: true }).fill("commonplace-demo");
  await p.getByRole("button", { name: "Sign in" }).click();
  await p.waitForURL(/dashboard/);
  return p;
}
const call = async (p: Page, path: string, input: unknown) => {
  const r = await p.request.post(`${BASE}/api/trpc/${path}`, { data: { json: input } });
  if (!r.ok()) throw new Error(`${path}: ${r.status()} ${await r.text()}`);
  return ((await r.json()) as { result: { data: { json: any } } }).result.data.json;
};

const res = await (await fetch(`${BASE}/api/v1/papers/search?q=${encodeURIComponent(TITLE)}`)).json();
const paperId = res.hits.find((h: any) => h.title === TITLE).id;
const ada = await ctx("ada@demo.commonplace.test");
const alan = await ctx("alan@demo.commonplace.test");
const doc = await call(ada, "annotations.document", { paperId }).catch(async () => {
  const r = await ada.request.get(`${BASE}/api/trpc/annotations.document?input=${encodeURIComponent(JSON.stringify({ json: { paperId } }))}`);
  return (await r.json()).result.data.json;
});
const list = await (await ada.request.get(`${BASE}/api/trpc/annotations.list?input=${encodeURIComponent(JSON.stringify({ json: { paperId } }))}`)).json();
if (list.result.data.json.threads.length === 0) {
  const at = (s: string) => ({ start: doc.text.indexOf(s), end: doc.text.indexOf(s) + s.length });
  const t1 = await call(ada, "annotations.create", { paperId, target: at("trains the network sequentially in T steps"), color: "yellow", visibility: "TEAM", teamSlug: "reading-group", body: "This is the core idea — worth comparing with **layer-wise pretraining** (Bengio et al., 2007)." });
  await call(alan, "annotations.reply", { id: t1.id, body: "@ada agreed. Also reminiscent of cascade-correlation — see [Fahlman 1990](https://example.org)." });
  await call(ada, "annotations.create", { paperId, target: at("switch off a number of hidden units during test"), color: "green", visibility: "PRIVATE", body: "" });
  await call(alan, "annotations.create", { paperId, target: at("pseudo-residuals on the training data"), color: "blue", visibility: "PUBLIC", body: "Standard gradient boosting, but on a hidden layer's output." });
  await call(alan, "annotations.create", { paperId, target: at("a series of models are trained sequentially"), color: "pink", visibility: "TEAM", teamSlug: "reading-group", body: "Nit: \"a series of models is trained\"." });
}
console.log("paper", paperId);

async function shots(p: Page, name: string, phone = false) {
  await p.goto(`${BASE}/papers/${paperId}`);
  await p.getByTestId("paper-abstract").waitFor();
  await p.getByTestId("highlight").first().waitFor();
  await p.waitForTimeout(600);
  if (!phone) {
    await p.getByTestId("highlight").first().click();
    await p.waitForTimeout(500);
  }
  await p.screenshot({ path: `/tmp/ui5-shots/${name}-paper.png`, fullPage: !phone });
  // selection toolbar
  await p.getByTestId("paper-abstract").evaluate((root) => {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const i = n.textContent!.indexOf("gradient boosting to train");
      if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 60); getSelection()!.removeAllRanges(); getSelection()!.addRange(r); return; }
    }
  });
  await p.getByTestId("selection-toolbar").waitFor();
  await p.getByTestId("selection-toolbar").scrollIntoViewIfNeeded();
  await p.waitForTimeout(300);
  await p.screenshot({ path: `/tmp/ui5-shots/${name}-toolbar.png` });
  await p.getByTestId("selection-toolbar").getByRole("button", { name: "Comment" }).click();
  await p.getByTestId("annotation-composer").waitFor();
  await p.getByTestId("annotation-composer").getByLabel("Comment").fill("Hello @");
  await p.waitForTimeout(400);
  await p.screenshot({ path: `/tmp/ui5-shots/${name}-composer.png` });
  await p.goto(`${BASE}/papers/${paperId}`);
  await p.getByTestId("notification-bell").click();
  await p.waitForTimeout(600);
  await p.screenshot({ path: `/tmp/ui5-shots/${name}-bell.png` });
  await p.goto(`${BASE}/notifications`);
  await p.waitForTimeout(800);
  await p.screenshot({ path: `/tmp/ui5-shots/${name}-notifications.png` });
}
await shots(ada, "desktop-light");
await shots(await ctx("ada@demo.commonplace.test", { dark: true }), "desktop-dark");
const phone = await ctx("ada@demo.commonplace.test", { phone: true });
await shots(phone, "phone-light", true);
// phone: open the discussion sheet
await phone.goto(`${BASE}/papers/${paperId}`);
await phone.getByTestId("highlight").first().waitFor();
await phone.getByTestId("highlight").first().click();
await phone.waitForTimeout(600);
await phone.screenshot({ path: `/tmp/ui5-shots/phone-light-sheet.png` });
const phoneDark = await ctx("alan@demo.commonplace.test", { phone: true, dark: true });
await phoneDark.goto(`${BASE}/papers/${paperId}`);
await phoneDark.getByTestId("highlight").first().waitFor();
await phoneDark.screenshot({ path: `/tmp/ui5-shots/phone-dark-paper.png` });
await phoneDark.getByTestId("highlight").first().click();
await phoneDark.waitForTimeout(600);
await phoneDark.screenshot({ path: `/tmp/ui5-shots/phone-dark-sheet.png` });
await browser.close();
