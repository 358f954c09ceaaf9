import { chromium } from 'playwright-core';
import fs from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.setContent(`<html lang="de"><body>
<p>Absatz mit Ruf<a href="#n1" aria-label="Fußnote 1" class="call"></a> und weiter.</p>
<aside role="note" id="n1" style="display:list-item;list-style-position:inside">Die Note eins.</aside>
<span role="note" id="n2" style="display:list-item;list-style-position:inside" aria-roledescription="Fußnote">Note zwei im Span.</span>
<div role="doc-footnote" id="n3">Note drei doc-footnote.</div>
<p><span role="img" aria-label="empfohlen">●</span> und <strong>stark</strong></p>
<section aria-label="Bereich"><p>In Section</p></section>
</body></html>`);
await page.addStyleTag({ content: '.call::after { content: "1"; }' });
await page.pdf({ path: '/tmp/pdfua/probe/probe.pdf', tagged: true });
await browser.close();
