// Drives Debian's chromium (through playwright-core from tests/node) over a set-password page the
// way a person would: a weak password first, whose error must show next to the field and be tied
// to it (aria-describedby), then a good one, which must reach the success page. Screenshots of both
// go to <screenshotDir>. Prints one JSON line with what it saw; exits non-zero on any failure.
//
//   node set-password.mjs <url> <weakPassword> <goodPassword> <screenshotDir>
//
// STEWARD_BROWSER_TRUST may name a PEM file: the browser then accepts the server's certificate by
// its public key (--ignore-certificate-errors-spki-list) instead of ignoring HTTPS errors.
import { createHash, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { chromium } = require(resolve(here, '../node/node_modules/playwright-core'));

class Failure extends Error {}

function check(condition, message) {
    if (!condition)
        throw new Failure(message);
}

// SHA-256 of each certificate's SubjectPublicKeyInfo, base64: what chromium's SPKI list wants.
function spkiHashes(pemFile) {
    const pem = readFileSync(pemFile, 'utf8');
    const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    return blocks.map((block) => {
        const spki = new X509Certificate(block).publicKey.export({ type: 'spki', format: 'der' });
        return createHash('sha256').update(spki).digest('base64');
    });
}

async function submit(page, password) {
    await page.fill('#password', password);
    await page.fill('#confirmPassword', password);
    const [response] = await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.click('button[type="submit"]'),
    ]);
    return response;
}

async function main() {
    const [url, weak, good, screenshotDir] = process.argv.slice(2);
    check(url && weak && good && screenshotDir, 'usage: set-password.mjs <url> <weak> <good> <screenshotDir>');
    mkdirSync(screenshotDir, { recursive: true });

    const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'];
    const trust = process.env.STEWARD_BROWSER_TRUST;
    if (trust)
        args.push('--ignore-certificate-errors-spki-list=' + spkiHashes(trust).join(','));
    const userDataDir = mkdtempSync(join(tmpdir(), 'steward-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args,
        ignoreHTTPSErrors: !trust,
        viewport: { width: 800, height: 900 },
        locale: 'en-US',
    });
    const seen = { consoleErrors: [] };
    try {
        const page = context.pages()[0] ?? (await context.newPage());
        // A CSP violation or a script error shows up here (chromium also logs the 422 itself).
        page.on('console', (message) => {
            if (message.type() === 'error' && !/^Failed to load resource: .* status of 422/.test(message.text()))
                seen.consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => seen.consoleErrors.push(String(error)));

        const opened = await page.goto(url, { waitUntil: 'load' });
        check(opened && opened.status() === 200, `GET ${url} answered ${opened?.status()}`);
        check(await page.locator('#password').isVisible(), 'the page has no visible password field');
        seen.formHeading = (await page.locator('h1').innerText()).trim();

        // A weak password: the error must be shown, tied to the field, and placed next to it.
        const refused = await submit(page, weak);
        check(refused && refused.status() === 422, `the weak password was answered ${refused?.status()}`);
        const input = page.locator('#password');
        check((await input.getAttribute('aria-invalid')) === 'true', 'the password field is not aria-invalid');
        const describedBy = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
        const errorId = describedBy.find((id) => id.endsWith('-error'));
        check(errorId, `aria-describedby="${describedBy.join(' ')}" names no error`);
        const error = page.locator('#' + errorId);
        check(await error.isVisible(), `#${errorId} is not visible`);
        seen.weakError = (await error.innerText()).trim();
        check(seen.weakError.length > 0, 'the error next to the password field is empty');
        const sameField = await page.evaluate(
            (id) => document.getElementById(id).closest('.field') === document.getElementById('password').closest('.field'),
            errorId);
        check(sameField, 'the error is not in the password field\'s group');
        const inputBox = await input.boundingBox();
        const errorBox = await error.boundingBox();
        const gap = Math.max(errorBox.y - (inputBox.y + inputBox.height), inputBox.y - (errorBox.y + errorBox.height));
        check(gap < 48, `the error is ${gap}px away from the password field`);
        seen.errorGapPx = Math.round(gap);
        // The typed password is not sent back.
        check((await input.inputValue()) === '', 'the refused password was echoed into the field');
        seen.weakScreenshot = join(screenshotDir, 'set-password-weak.png');
        await page.screenshot({ path: seen.weakScreenshot, fullPage: true });

        // A good password: the success page.
        const done = await submit(page, good);
        check(done && done.status() === 200, `the good password was answered ${done?.status()}`);
        check((await page.locator('input[type="password"]').count()) === 0, 'the success page still asks for a password');
        check((await page.locator('.error').count()) === 0, 'the success page shows an error');
        seen.doneHeading = (await page.locator('h1').innerText()).trim();
        check(seen.doneHeading && seen.doneHeading !== seen.formHeading, 'no success heading');
        seen.doneText = (await page.locator('main, body').first().innerText()).trim();
        seen.doneScreenshot = join(screenshotDir, 'set-password-done.png');
        await page.screenshot({ path: seen.doneScreenshot, fullPage: true });
        check(seen.consoleErrors.length === 0, 'console errors: ' + seen.consoleErrors.join(' | '));
        seen.trustedBySpki = Boolean(trust);
        console.log(JSON.stringify(seen));
    } finally {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
    }
}

main().then(
    () => process.exit(0),
    (error) => {
        console.error(error instanceof Failure ? 'FAILED: ' + error.message : error.stack ?? String(error));
        process.exit(1);
    });
