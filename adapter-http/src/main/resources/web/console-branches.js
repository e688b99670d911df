// The catalogue's branches: each with its state (active / deactivated); the owner deactivates a branch (kept for its
// history, no longer bookable) or deletes it. A deletion the server refuses because future appointments name the
// branch (409 with their ids) lists those appointments and offers to deactivate instead.
import { el, fill, longDate, dateOf, timeOf, t } from './common.js';
import { call, ctx, may, problem } from './console.js';

/** The texts of this module; the console merges them into its own. */
export const branchTexts = {
  de: {
    branches: 'Filialen', branchActive: 'aktiv', branchInactive: 'deaktiviert', deactivate: 'Deaktivieren',
    deleteBranch: 'Löschen', deactivateInstead: 'Stattdessen deaktivieren',
    deactivateAsk: '{name} deaktivieren? Die Filiale ist danach nicht mehr buchbar; bestehende Termine bleiben.',
    deleteAsk: '{name} löschen? Hat die Filiale künftige Termine, wird nichts gelöscht und sie werden aufgelistet.',
    confirmDeactivate: 'Ja, deaktivieren', confirmDelete: 'Ja, löschen', keep: 'Abbrechen',
    deactivated: '{name} ist deaktiviert.', deleted: '{name} ist gelöscht.', kept: '{name} bleibt deaktiviert erhalten, weil Termine sie nennen.',
    affected: 'Betroffene Termine', noStaff: 'In {branch} arbeitet derzeit niemand, daher gibt es hier keinen Terminplan.', addStaffHint: 'Mitarbeiter:innen legen Sie im Katalog an.',
    holdsHint: 'Reservierungen dieser Filiale für Termine in den nächsten zwei Wochen',
  },
  en: {
    branches: 'Branches', branchActive: 'active', branchInactive: 'deactivated', deactivate: 'Deactivate',
    deleteBranch: 'Delete', deactivateInstead: 'Deactivate instead',
    deactivateAsk: 'Deactivate {name}? The branch can no longer be booked; existing appointments stay.',
    deleteAsk: 'Delete {name}? If the branch has future appointments, nothing is deleted and they are listed.',
    confirmDeactivate: 'Yes, deactivate', confirmDelete: 'Yes, delete', keep: 'Cancel',
    deactivated: '{name} is deactivated.', deleted: '{name} is deleted.', kept: '{name} is kept deactivated because appointments name it.',
    affected: 'Affected appointments', noStaff: 'Nobody works at {branch} at the moment, so there is no schedule here.', addStaffHint: 'Add staff in the catalogue.',
    holdsHint: 'Holds of this branch for appointments in the next two weeks',
  },
};

/** Active branches first, each group in the server's order. */
export const byActive = branches => [...branches.filter(b => b.active), ...branches.filter(b => !b.active)];

/** "Salon Nord (deaktiviert)" for a deactivated branch, the plain name otherwise. */
export const branchLabel = b => (b.active ? b.name : `${b.name} (${t('branchInactive')})`);

/**
 * The branches section of the catalogue; {@code done(notice)} redraws the catalogue after a change. Deactivating
 * and deleting need delete_catalogue; the server decides anyway.
 */
export function branchSection(done) {
  const out = el('div', { id: 'branch-out', 'aria-live': 'polite' });
  const rows = byActive(ctx.branches).map(b => el('tr', { 'data-branch': b.id }, el('td', {}, b.name),
    el('td', {}, b.active ? t('branchActive') : t('branchInactive')),
    el('td', {}, b.active && may('delete_catalogue') ? [
      el('button', { type: 'button', class: 'link', 'aria-label': `${t('deactivate')}: ${b.name}`,
        onclick: () => ask(out, b, 'deactivate', done) }, t('deactivate')), ' ',
      el('button', { type: 'button', class: 'link', 'aria-label': `${t('deleteBranch')}: ${b.name}`,
        onclick: () => ask(out, b, 'delete', done) }, t('deleteBranch'))] : null)));
  return el('section', { id: 'branches' }, el('h3', {}, t('branches')), el('table', {}, el('tbody', {}, rows)), out);
}

/** Asks once before the change; the question says what happens to the branch's appointments. */
function ask(out, b, what, done) {
  const yes = el('button', { type: 'button', class: 'danger', onclick: () => (what === 'deactivate' ? deactivate(out, b, done) : remove(out, b, done)) },
    t(what === 'deactivate' ? 'confirmDeactivate' : 'confirmDelete'));
  fill(out, el('div', { class: 'confirm', role: 'group', 'aria-label': t(what === 'deactivate' ? 'deactivate' : 'deleteBranch') },
    el('p', {}, t(what === 'deactivate' ? 'deactivateAsk' : 'deleteAsk', { name: b.name })), yes, ' ',
    el('button', { type: 'button', class: 'secondary', onclick: () => fill(out) }, t('keep'))));
  yes.focus();
}

async function deactivate(out, b, done) {
  try {
    await call('DELETE', `/v1/branches/${encodeURIComponent(b.id)}?onAppointments=deactivate`);
    await done(t('deactivated', { name: b.name }));
  } catch (e) { await refused(out, b, e, done); }
}

async function remove(out, b, done) {
  try {
    const r = await call('DELETE', `/v1/branches/${encodeURIComponent(b.id)}`);
    await done(t(r.kept ? 'kept' : 'deleted', { name: b.name }));
  } catch (e) { await refused(out, b, e, done); }
}

/** The server's words, the appointments it names (409 details) and, for an active branch, deactivating instead. */
async function refused(out, b, e, done) {
  const ids = (e.problem?.details?.appointments || '').split(',').filter(Boolean);
  fill(out, problem(e), ids.length ? [el('h4', {}, t('affected')), await affectedList(ids)] : null,
    e.status === 409 ? el('button', { type: 'button', class: 'secondary', onclick: () => deactivate(out, b, done) }, t('deactivateInstead')) : null);
}

/**
 * The appointments a refused catalogue change names, each as "date, time · service · staff · customer" (its id when it
 * cannot be read).
 */
export async function affectedList(ids) {
  const name = (list, id) => (list.find(x => x.id === id) || { name: id }).name;
  const items = await Promise.all(ids.map(async id => {
    try {
      const a = await call('GET', '/v1/appointments/' + encodeURIComponent(id));
      return `${longDate(dateOf(a.start))}, ${timeOf(a.start)} · ${name(ctx.services, a.service)} · ${name(ctx.allStaff, a.staff)} · ${a.customer.name}`;
    } catch (ignored) { return id; }
  }));
  return el('ul', { class: 'affected' }, items.map(x => el('li', {}, x)));
}
