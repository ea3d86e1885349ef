/**
 * "Copy HTML": the formatted bibliography as rich text (pasted into a word processor it keeps italics) whose
 * plain-text flavour is the HTML source (pasted into an editor it is markup). Browsers without ClipboardItem
 * get the source only.
 */
export async function copyHtml(html: string): Promise<void> {
  if (typeof ClipboardItem !== "undefined" && navigator.clipboard.write) {
    await navigator.clipboard.write([
      new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([html], { type: "text/plain" }) }),
    ]);
    return;
  }
  await navigator.clipboard.writeText(html);
}
