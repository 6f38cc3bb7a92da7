/**
 * consent-head.js (CONTRACT §6, §7): a classic script for the top of `<head>`, before
 * any tag. It sends Google Consent Mode v2's `default` (everything denied except
 * `security_storage`, `wait_for_update: 500`) and, when the consent cookie holds a
 * valid decision, an `update` with it right after, so that tags loaded before the
 * library's bundle already see the visitor's choice.
 *
 *   <script src="/consent-head.js" data-revision="2"></script>
 *
 * Settings, as data attributes of its own script tag, each mirroring the store's
 * configuration (§1): `data-cookie` (cookie name, "consent"), `data-revision` (1),
 * `data-expires-after-days` (182), `data-gpc` ("deny" or "ignore"), and
 * `data-consent-mode` (a JSON mapping, as `googleConsentMode`).
 *
 * It leaves `{ default, update }` under `Symbol.for('consent-elements.head')`, `update`
 * being the values it sent (or false), so the store does not send either command
 * again. The cookie decoder and the Consent Mode mapping and commands are the store's
 * own modules, bundled in; the cookie is read with a one-line lookup rather than the
 * store's cookie jar, to stay under 1 KB brotli.
 *
 * The head script does not know the page's configuration, so a mapping that names a
 * service which follows its category's grant, or a required category other than
 * `necessary`, counts as denied here (fail closed); the store, once loaded, sends the
 * right values when they differ from those sent here.
 */
import { decodeRecord, isCurrent } from '../store/record.js';
import {
  COOKIE_DEFAULTS,
  DEFAULT_DAYS,
  DEFAULT_REVISION,
  HEAD_KEY,
  type HeadMarker,
} from '../store/defaults.js';
import {
  consentModeValues,
  sendConsentDefault,
  sendConsentUpdate,
} from '../integrations/consent-mode.js';

const KEY = Symbol.for(HEAD_KEY);
const page = window as unknown as Record<symbol, HeadMarker>;

// Included twice, the first one stands.
if (!page[KEY]) {
  const settings = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
  let sent = false;
  let update: unknown = false;
  try {
    sendConsentDefault();
    sent = true;
    const name = `${settings.cookie || COOKIE_DEFAULTS.name}=`;
    // Two cookies of the name (another domain or path): neither counts, as in the store.
    const [cookie, other] = document.cookie.split('; ').filter((pair) => pair.startsWith(name));
    const record = decodeRecord(other ? 0 : cookie?.slice(name.length));
    // A setting that is not a number (NaN), or out of the range the configuration takes
    // (a revision below 1, more than 3650 days), makes no record current: no update.
    const revision = +(settings.revision || DEFAULT_REVISION);
    const days = +(settings.expiresAfterDays || DEFAULT_DAYS);
    if (record && revision >= 1 && days <= 3650 && isCurrent(record, revision, days)) {
      // A GPC signal voids a record that grants something, unless the visitor made it
      // under the signal, purpose by purpose (the store stores a refusal in its place).
      const gpc =
        settings.gpc !== 'ignore' &&
        (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true &&
        !(record.gpc && record.method !== 'gpc');
      const mapping = settings.consentMode ? JSON.parse(settings.consentMode) : true;
      const values = consentModeValues(
        mapping,
        (id) =>
          !gpc && (id === 'necessary' || (record.categories[id] ?? record.services[id]) === true),
      );
      sendConsentUpdate(values);
      // Recorded once sent: the store then does not send it again.
      update = values;
    }
  } catch {
    // A command that could not be sent (window.dataLayer is not an array) or an
    // unreadable setting: the store sends what is missing once it has loaded, and
    // reports what fails.
  }
  page[KEY] = { default: sent, update };
}
