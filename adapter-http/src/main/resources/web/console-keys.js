// The owner's keys screen: the tenant's API keys (list, create with role, label and allowed origins, revoke). A new
// key's secret is shown once, right after creating it; for a booking-page key together with the embed snippet.
import { el, fill, longDate, dateOf, t } from './common.js';
import { call, ctx, problem } from './console.js';

/** The keys screen's texts; the console merges them into its own. */
export const keyTexts = {
  de: {
    tab_keys: 'Schlüssel', keysTitle: 'API-Schlüssel', role: 'Rolle', label: 'Bezeichnung', origins: 'Erlaubte Websites',
    originsHint: 'Freiwillig, nur für Buchungsseiten, deren eigene Website die API direkt aufruft, z. B. https://www.salon-beispiel.de (mehrere mit Leerzeichen). Für die eingebettete Buchungsseite nicht nötig.',
    keyCreated: 'angelegt', keyState: 'Zustand', active: 'aktiv', revoked: 'gesperrt', revoke: 'Sperren',
    createKey: 'Schlüssel anlegen', newKey: 'Neuer Schlüssel', noKeys: 'Noch keine Schlüssel.',
    role_owner: 'Inhaber:in', role_desk: 'Empfang', role_assistant: 'Telefon-Assistent', 'role_booking-page': 'Buchungsseite',
    role_viewer: 'Nur lesen', secretOnce: 'Der Schlüssel wird nur jetzt angezeigt. Bitte kopieren Sie ihn:',
    embedHint: 'Diese Zeile fügen Sie dort in Ihre Website ein, wo die Buchung erscheinen soll:',
  },
  en: {
    tab_keys: 'Keys', keysTitle: 'API keys', role: 'Role', label: 'Label', origins: 'Allowed websites',
    originsHint: 'Optional, only for booking pages whose own website calls the API directly, e.g. https://www.salon-example.com (several separated by spaces). Not needed for the embedded booking page.',
    keyCreated: 'created', keyState: 'State', active: 'active', revoked: 'revoked', revoke: 'Revoke',
    createKey: 'Create key', newKey: 'New key', noKeys: 'No keys yet.',
    role_owner: 'Owner', role_desk: 'Front desk', role_assistant: 'Phone assistant', 'role_booking-page': 'Booking page',
    role_viewer: 'Read only', secretOnce: 'The key is shown only now. Please copy it:',
    embedHint: 'Put this line into your website where the booking should appear:',
  },
};

const ROLES = ['booking-page', 'desk', 'viewer', 'assistant', 'owner'];

export async function keys(main, issued) {
  let list;
  try { list = await call('GET', '/v1/keys'); } catch (e) { fill(main, el('h2', {}, t('keysTitle')), problem(e)); return; }
  const out = el('div', { 'aria-live': 'polite' });
  const form = el('form', { id: 'new-key', onsubmit: async e => {
    e.preventDefault();
    const v = id => form.querySelector('#' + id).value.trim();
    const allowedOrigins = v('k-origins').split(/[\s,]+/).filter(Boolean);
    try {
      const created = await call('POST', '/v1/keys', { role: v('k-role'), ...(v('k-label') ? { label: v('k-label') } : {}), allowedOrigins });
      keys(main, created);
    } catch (err) { fill(out, problem(err)); }
  } },
  el('h3', {}, t('newKey')),
  el('div', { class: 'field' }, el('label', { for: 'k-role' }, t('role')),
    el('select', { id: 'k-role' }, ROLES.map(r => el('option', { value: r }, t('role_' + r))))),
  el('div', { class: 'field' }, el('label', { for: 'k-label' }, t('label')), el('input', { id: 'k-label', type: 'text' })),
  el('div', { class: 'field' }, el('label', { for: 'k-origins' }, t('origins')),
    el('p', { class: 'hint', id: 'k-origins-hint' }, t('originsHint')),
    el('input', { id: 'k-origins', type: 'text', 'aria-describedby': 'k-origins-hint' })),
  el('button', { type: 'submit', class: 'primary' }, t('createKey')), out);
  fill(main, el('h2', {}, t('keysTitle')), issued ? secret(issued) : null,
    list.length ? el('table', { id: 'keys' },
      el('thead', {}, el('tr', {}, [t('label'), t('role'), t('origins'), t('keyCreated'), t('keyState'), ''].map(x => el('th', {}, x)))),
      el('tbody', {}, list.map(k => el('tr', { 'data-key': k.id }, el('td', {}, k.label, ' ', el('code', {}, k.prefix + '…')),
        el('td', {}, t('role_' + k.role)), el('td', {}, k.allowedOrigins.join(', ') || '–'), el('td', {}, longDate(dateOf(k.created))),
        el('td', {}, k.revokedAt ? t('revoked') : t('active')),
        el('td', {}, k.revokedAt ? null : el('button', { type: 'button', class: 'danger', 'aria-label': `${t('revoke')}: ${k.label}`,
          onclick: async () => {
            try { await call('POST', `/v1/keys/${encodeURIComponent(k.id)}/revoke`); keys(main); } catch (err) { fill(out, problem(err)); }
          } }, t('revoke'))))))) : el('p', {}, t('noKeys')),
    form);
}

/** The new key's secret, once; for a booking page also the one line to put on the salon's own website. */
function secret(k) {
  const snippet = `<script src="${location.origin}/embed.js" data-tenant="${ctx.company.id}" data-key="${k.secret}" async></script>`;
  return el('div', { class: 'issued', role: 'status' }, el('p', {}, t('secretOnce')), el('pre', { id: 'secret' }, k.secret),
    k.role === 'booking-page' ? [el('p', {}, t('embedHint')), el('pre', { id: 'snippet' }, snippet)] : null);
}
