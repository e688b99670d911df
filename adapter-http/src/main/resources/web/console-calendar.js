// The owner's Kalender screen: the tenant's own Cal.com connection (shown without its secrets, saved, removed), the
// webhook address to enter in Cal.com, and a reconcile run on demand with its report.
import { el, fill, t } from './common.js';
import { call, problem } from './console.js';

/** The calendar screen's texts; the console merges them into its own. */
export const calendarTexts = {
  de: {
    tab_calendar: 'Kalender', calTitle: 'Kalender (Cal.com)', calNone: 'Noch keine Cal.com-Verbindung gespeichert.',
    calBaseUrl: 'Cal.com-Adresse', calUsername: 'Cal.com-Benutzername', calEventTypes: 'Terminarten-Zuordnung',
    calEventTypesHint: 'Freiwillig, z. B. staff:lea=201@lea (mehrere mit Komma).',
    calApiKey: 'API-Schlüssel von Cal.com', calSecret: 'Webhook-Geheimnis', calWebhook: 'Webhook-Adresse für Cal.com',
    calWebhookHint: 'Diese Adresse tragen Sie in Cal.com als Webhook ein, mit demselben Geheimnis.',
    calUpdated: 'Zuletzt geändert', calSave: 'Verbindung speichern', calEdit: 'Verbindung eintragen oder ändern',
    calRemove: 'Verbindung entfernen', calReconcile: 'Jetzt abgleichen', calExamined: 'Geprüfte Termine',
    calChanges: 'Änderungen', calWindow: 'Zeitraum', calSaved: 'Gespeichert.',
  },
  en: {
    tab_calendar: 'Calendar', calTitle: 'Calendar (Cal.com)', calNone: 'No Cal.com connection stored yet.',
    calBaseUrl: 'Cal.com address', calUsername: 'Cal.com username', calEventTypes: 'Event type mapping',
    calEventTypesHint: 'Optional, e.g. staff:lea=201@lea (several separated by commas).',
    calApiKey: 'Cal.com API key', calSecret: 'Webhook secret', calWebhook: 'Webhook address for Cal.com',
    calWebhookHint: 'Enter this address in Cal.com as a webhook, with the same secret.',
    calUpdated: 'Last changed', calSave: 'Save connection', calEdit: 'Enter or change the connection',
    calRemove: 'Remove connection', calReconcile: 'Reconcile now', calExamined: 'Appointments examined',
    calChanges: 'Changes', calWindow: 'Window', calSaved: 'Saved.',
  },
};

export async function calendar(main, notice) {
  let conn = null;
  try { conn = await call('GET', '/v1/calcom/connection'); } catch (e) { if (e.status !== 404) { fill(main, el('h2', {}, t('calTitle')), problem(e)); return; } }
  const out = el('div', { 'aria-live': 'polite' }, notice ? el('p', { role: 'status' }, notice) : null);
  const field = (id, label, attrs = {}, hint) => el('div', { class: 'field' }, el('label', { for: id }, t(label)),
    hint ? el('p', { class: 'hint', id: id + '-hint' }, t(hint)) : null,
    el('input', { id, type: 'text', ...(hint ? { 'aria-describedby': id + '-hint' } : {}), ...attrs }));
  const form = el('form', { id: 'cal-form', onsubmit: async e => {
    e.preventDefault();
    const v = id => form.querySelector('#' + id).value.trim();
    const body = { apiKey: v('c-key'), webhookSecret: v('c-secret'), eventTypes: v('c-types') };
    if (v('c-base')) body.baseUrl = v('c-base');
    if (v('c-user')) body.username = v('c-user');
    try { await call('PUT', '/v1/calcom/connection', body); calendar(main, t('calSaved')); } catch (err) { fill(out, problem(err)); }
  } },
  el('h3', {}, t('calEdit')),
  field('c-base', 'calBaseUrl', { type: 'url', placeholder: 'https://api.cal.com', value: conn ? conn.baseUrl : '' }),
  field('c-user', 'calUsername', { value: conn && conn.username ? conn.username : '' }),
  field('c-types', 'calEventTypes', { value: conn ? conn.eventTypes : '' }, 'calEventTypesHint'),
  field('c-key', 'calApiKey', { type: 'password', required: true, autocomplete: 'off' }),
  field('c-secret', 'calSecret', { type: 'password', required: true, autocomplete: 'off' }),
  el('button', { type: 'submit', class: 'primary' }, t('calSave')));
  const reconcile = el('button', { type: 'button', id: 'cal-reconcile', onclick: async () => {
    try { fill(out, report(await call('POST', '/v1/calcom/reconcile'))); } catch (err) { fill(out, problem(err)); }
  } }, t('calReconcile'));
  const remove = el('button', { type: 'button', class: 'danger', onclick: async () => {
    try { await call('DELETE', '/v1/calcom/connection'); calendar(main); } catch (err) { fill(out, problem(err)); }
  } }, t('calRemove'));
  fill(main, el('h2', {}, t('calTitle')), conn ? shown(conn) : el('p', {}, t('calNone')),
    el('p', {}, reconcile, conn ? [' ', remove] : null), out, form);
}

/** The stored connection as a definition list; the secrets never come back from the server. */
function shown(c) {
  const row = (label, value) => [el('dt', {}, t(label)), el('dd', {}, value)];
  return el('dl', { id: 'connection' }, row('calBaseUrl', c.baseUrl), c.username ? row('calUsername', c.username) : null,
    row('calEventTypes', c.eventTypes || '–'), row('calWebhook', el('code', {}, location.origin + c.webhookPath)),
    el('dd', { class: 'hint' }, t('calWebhookHint')), row('calUpdated', new Date(c.updatedAt).toLocaleString()));
}

function report(r) {
  return el('div', { id: 'cal-report', role: 'status' },
    el('p', {}, `${t('calWindow')}: ${new Date(r.from).toLocaleString()} – ${new Date(r.to).toLocaleString()}`),
    el('p', {}, `${t('calExamined')}: ${r.examined}, ${t('calChanges')}: ${r.changes.length}`),
    r.changes.length ? el('ul', {}, r.changes.map(c => el('li', {}, `${c.action}: ${c.detail}`))) : null);
}
