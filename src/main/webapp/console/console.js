'use strict';
// The admin console. It uses the public REST API only; its session is the HttpOnly token cookie, which scripts
// cannot read, set by /console/session (password login) or by the signed login URL.

const ROOT = new URL('../', location.href);
const $ = (id) => document.getElementById(id);
const state = {me: null, owner: null, isAdministrator: false, names: new Map()};

/** Calls the API; a failure throws an Error carrying the API's own message. */
async function api(method, path, body) {
    const options = {method, credentials: 'same-origin', headers: {Accept: 'application/json'}};
    if (body !== undefined) {
        options.headers['Content-Type'] = 'application/json';
        options.body = JSON.stringify(body);
    }
    const response = await fetch(new URL(path, ROOT), options);
    const text = await response.text();
    let data = null;
    try {
        data = text ? JSON.parse(text) : null;
    } catch (notJson) {
        data = null;
    }
    if (!response.ok) {
        const failure = new Error((data && (data.message || data.reason)) || `The server answered ${response.status}.`);
        failure.status = response.status;
        throw failure;
    }
    return data;
}

function showError(failure) {
    if (failure.status === 401 && state.me) {
        // The session ended (token revoked or expired, user deactivated): back to the login page, with the reason.
        showLogin(failure.message);
        return;
    }
    $('alert').textContent = failure.message;
    $('alert').hidden = false;
}

function clearMessages() {
    $('alert').hidden = true;
    $('status').textContent = '';
}

function say(message) {
    $('status').textContent = message;
}

/** Runs an action from a click or submit; every API error is shown to the user. */
function guarded(action) {
    return async (event) => {
        event?.preventDefault?.();
        clearMessages();
        try {
            await action(event);
        } catch (failure) {
            showError(failure);
        }
    };
}

function element(tag, {dataset = {}, ...properties} = {}, ...children) {
    const node = Object.assign(document.createElement(tag), properties);
    Object.assign(node.dataset, dataset);
    node.append(...children);
    return node;
}

function button(label, onClick, className = '') {
    return element('button', {type: 'button', textContent: label, className, onclick: guarded(onClick)});
}

// ---- session ----

function showLogin(reason) {
    state.me = null;
    $('main').hidden = true;
    $('session').hidden = true;
    $('login').hidden = false;
    $('login-reason').textContent = reason ? `You are not logged in: ${reason}` : '';
    $('login-reason').hidden = !reason;
    $('username').focus();
}

async function start() {
    const reason = new URLSearchParams(location.search).get('reason');
    if (reason) {
        history.replaceState(null, '', location.pathname);
        showLogin(reason);
        return;
    }
    try {
        state.me = await api('GET', 'aam/v2/users/me');
    } catch (failure) {
        // Without any session the API says how to authenticate; that is no news to show on the login page.
        showLogin(failure.status === 401 && !failure.message.startsWith('Authentication is required') ? failure.message : '');
        return;
    }
    await showMain();
}

async function showMain() {
    const me = state.me;
    state.isAdministrator = me.roles.includes('administrator');
    const mayManageTokens = state.isAdministrator
        || (me.capabilities.includes('aam_manager') && me.capabilities.includes('aam_manage_jwt'));
    $('login').hidden = true;
    $('main').hidden = false;
    $('session').hidden = false;
    $('me').textContent = `${me.display_name} (${me.username})`;
    $('no-rights').hidden = mayManageTokens;
    $('picker').hidden = !mayManageTokens;
    $('tokens').hidden = !mayManageTokens;
    $('users').hidden = !state.isAdministrator;
    $('views').hidden = !mayManageTokens;
    knowUsers([me]);
    showView('tokens');
    if (mayManageTokens) {
        await searchUsers();
        await pick(me);
    }
    if (state.isAdministrator) {
        await loadUsers();
    }
}

$('login-form').addEventListener('submit', guarded(async () => {
    // The session's own token goes into an HttpOnly cookie: this page never holds it.
    await api('POST', 'console/session', {username: $('username').value, password: $('password').value});
    $('password').value = '';
    state.me = await api('GET', 'aam/v2/users/me');
    await showMain();
}));

$('logout').addEventListener('click', guarded(async () => {
    await api('DELETE', 'console/session');
    showLogin('');
}));

// ---- picking a user ----

const SHOWN_USERS = 12;
let searchTimer;
$('user-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(guarded(searchUsers), 250);
});

async function searchUsers() {
    const search = $('user-search').value.trim();
    const found = await api('GET', `aam/v2/users/manageable?search=${encodeURIComponent(search)}`);
    knowUsers(found);
    $('user-results').replaceChildren(...found.slice(0, SHOWN_USERS).map((user) => element('li', {},
        element('button', {
            type: 'button',
            textContent: user.display_name === user.username ? user.username : `${user.display_name} (${user.username})`,
            onclick: guarded(() => pick(user)),
            ariaPressed: String(state.owner?.id === user.id),
            dataset: {userId: user.id},
        }))));
    if (found.length === 0 || found.length > SHOWN_USERS) {
        $('user-results').append(element('li', {className: 'muted',
            textContent: found.length === 0 ? 'No user matches.' : `${found.length - SHOWN_USERS} more: refine the search.`}));
    }
}

async function pick(user) {
    state.owner = user;
    $('owner').textContent = user.username;
    $('create-owner').textContent = user.username;
    for (const choice of $('user-results').querySelectorAll('button')) {
        choice.ariaPressed = String(Number(choice.dataset.userId) === user.id);
    }
    await loadTokens();
}

// ---- tokens ----

function dateTime(seconds) {
    return new Date(seconds * 1000).toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
}

/** "in 2 hours", "3 days ago" */
function fromNow(seconds) {
    const delta = seconds - Date.now() / 1000;
    const units = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600],
        ['minute', 60], ['second', 1]];
    const [unit, size] = units.find(([, length]) => Math.abs(delta) >= length) || ['second', 1];
    return new Intl.RelativeTimeFormat(undefined, {numeric: 'auto'}).format(Math.round(delta / size), unit);
}

/** Local time and how long ago, with the exact RFC 3339 time in the tooltip; "never" for null. */
function lastUsed(rfc3339) {
    if (!rfc3339) {
        return [element('span', {className: 'muted', textContent: 'never'})];
    }
    const seconds = Date.parse(rfc3339) / 1000;
    return [element('time', {dateTime: rfc3339, title: rfc3339, textContent: dateTime(seconds)}), element('br'),
        element('span', {className: 'muted', textContent: fromNow(seconds)})];
}

function cell(label, ...content) {
    return element('td', {dataset: {label}}, ...content);
}

async function copy(text, what) {
    try {
        await navigator.clipboard.writeText(text);
    } catch (noClipboardApi) {
        // Plain HTTP on another host than localhost has no clipboard API: fall back to a selection.
        const area = element('textarea', {value: text});
        document.body.append(area);
        area.select();
        document.execCommand('copy');
        area.remove();
    }
    say(`${what} copied to the clipboard.`);
}

function copyButton(label, value, what) {
    const copier = button(label, () => copy(value, what));
    copier.dataset.value = value;
    return copier;
}

async function loadTokens() {
    const owner = state.owner;
    const tokens = await api('GET', `aam/v2/service/jwt?user_id=${owner.id}`);
    $('token-table').querySelector('tbody').replaceChildren(...tokens.map((token) => {
        const claims = token.claims;
        return element('tr', {dataset: {tokenId: token.id}},
            cell('ID', element('span', {className: 'id', title: token.id, textContent: token.id.slice(0, 8)})),
            cell('Issued', dateTime(claims.iat)),
            cell('Expires', dateTime(claims.exp), element('br'),
                element('span', {className: 'muted', textContent: fromNow(claims.exp)})),
            cell('Refreshable', claims.refreshable ? 'yes' : 'no'),
            cell('Revocable', claims.revocable ? 'yes' : 'no'),
            cell('Valid', element('span', token.is_valid ? {className: 'valid', textContent: 'valid'}
                : {className: 'invalid', textContent: token.error || 'not valid'})),
            cell('Last used', ...lastUsed(token.last_used_at)),
            cell('Actions', element('div', {className: 'actions'},
                copyButton('Copy token', token.token, 'Token'),
                copyButton('Copy URL', token.signed_url, 'Signed URL'),
                button('Claims', () => showClaims(claims)),
                button('Delete', () => deleteToken(token), 'danger'))));
    }));
    $('token-table').hidden = tokens.length === 0;
    $('no-tokens').hidden = tokens.length > 0;
}

function showClaims(claims) {
    $('claims').textContent = JSON.stringify(claims, null, 2);
    $('claims-dialog').showModal();
}

$('claims-close').addEventListener('click', () => $('claims-dialog').close());

async function deleteToken(token) {
    await api('DELETE', `aam/v2/service/jwt/${encodeURIComponent(token.id)}?user_id=${state.owner.id}`);
    await loadTokens();
    say(`Token ${token.id.slice(0, 8)} deleted.`);
}

$('reset-tokens').addEventListener('click', guarded(async () => {
    if (!confirm(`Delete all tokens of ${state.owner.username}? Revocable tokens stop working at once.`)) {
        return;
    }
    const answer = await api('POST', 'aam/v2/service/jwt/reset', {user_id: state.owner.id});
    await loadTokens();
    say(`${answer.deleted_token_count} token(s) deleted.`);
}));

$('new-token').addEventListener('click', () => {
    $('create-error').hidden = true;
    $('create-dialog').showModal();
});

$('create-cancel').addEventListener('click', () => $('create-dialog').close());

/** The request body of the create dialog; throws an Error with a message for the user when it is not valid. */
function createRequest() {
    const body = {user_id: state.owner.id, is_refreshable: $('is-refreshable').checked,
        is_revocable: $('is-revocable').checked};
    if (document.querySelector('input[name=expiry]:checked').value === 'absolute') {
        if (!$('expires-at').value) {
            throw new Error('Pick the date and time the token expires at.');
        }
        body.expires_at = new Date($('expires-at').value).toISOString();
    } else if ($('expires-in').value.trim()) {
        body.expires_in = $('expires-in').value.trim();
    }
    const claimsText = $('additional-claims').value.trim();
    if (claimsText) {
        let claims;
        try {
            claims = JSON.parse(claimsText);
        } catch (notJson) {
            throw new Error(`Additional claims are not valid JSON: ${notJson.message}`);
        }
        if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) {
            throw new Error('Additional claims must be a JSON object, such as {"department": "IT"}.');
        }
        body.additional_claims = claims;
    }
    return body;
}

$('create-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearMessages();
    $('create-error').hidden = true;
    try {
        const token = await api('POST', 'aam/v2/service/jwt', createRequest());
        $('create-dialog').close();
        await loadTokens();
        say(`Token ${token.id.slice(0, 8)} created.`);
    } catch (failure) {
        if (failure.status === 401) {
            $('create-dialog').close();
            showError(failure);
            return;
        }
        $('create-error').textContent = failure.message;
        $('create-error').hidden = false;
    }
});

// ---- users (administrators) ----

async function loadUsers() {
    const users = await api('GET', 'aam/v2/users');
    knowUsers(users);
    $('user-table').querySelector('tbody').replaceChildren(...users.map((user) => {
        const active = user.status === 'active';
        return element('tr', {dataset: {userId: user.id}},
            cell('ID', String(user.id)),
            cell('Username', user.username),
            cell('Roles', user.roles.join(', ')),
            cell('Capabilities', user.capabilities.join(', ') || '—'),
            cell('Status', user.status),
            cell('Actions', element('div', {className: 'actions'},
                button('Tokens', () => pick(user)),
                button(active ? 'Deactivate' : 'Activate', () => changeUser(user, {status: active ? 'inactive' : 'active'},
                    active ? 'deactivated' : 'activated'), active ? 'danger' : ''),
                button('Reset password', () => resetPassword(user)))));
    }));
}

async function changeUser(user, changes, done) {
    await api('PATCH', `aam/v2/users/${user.id}`, changes);
    await loadUsers();
    say(`User ${user.username} ${done}.`);
}

async function resetPassword(user) {
    const password = prompt(`New password for ${user.username} (at least 8 characters). Their earlier tokens stop working.`);
    if (password) {
        await changeUser(user, {password}, 'has a new password');
    }
}

$('user-form').addEventListener('submit', guarded(async () => {
    const capabilities = [...document.querySelectorAll('input[name=capability]:checked')].map((box) => box.value);
    const user = await api('POST', 'aam/v2/users', {username: $('new-username').value, password: $('new-password').value,
        email: $('new-email').value, roles: [$('new-role').value], capabilities});
    $('user-form').reset();
    await loadUsers();
    await searchUsers();
    say(`User ${user.username} created.`);
}));

// ---- views ----

function showView(view) {
    $('tokens-view').hidden = view !== 'tokens';
    $('activity').hidden = view !== 'activity';
    $('view-tokens').ariaPressed = String(view === 'tokens');
    $('view-activity').ariaPressed = String(view === 'activity');
}

$('view-tokens').addEventListener('click', () => {
    clearMessages();
    showView('tokens');
});

$('view-activity').addEventListener('click', guarded(async () => {
    showView('activity');
    await openActivity();
}));

// ---- activity: the audit trail (administrators; managers see their users' events) ----

const EVENTS = {
    token_issued: 'Token issued', token_refreshed: 'Token refreshed', token_revoked: 'Token revoked',
    token_deleted: 'Token deleted', tokens_reset: 'Tokens reset', token_pushed_out: 'Token pushed out of the registry',
    login_succeeded: 'Login succeeded', login_failed: 'Login failed', login_throttled: 'Login throttled',
    access_refused: 'Access refused', user_created: 'User created', user_changed: 'User changed',
    user_deactivated: 'User deactivated', user_deleted: 'User deleted', key_rotated: 'Key rotated',
    key_retired: 'Key retired',
};
const activity = {next: null};

for (const [event, words] of Object.entries(EVENTS)) {
    $('activity-event').append(element('option', {value: event, textContent: words}));
}

/** Remembers users' names, so that events show them rather than ids. */
function knowUsers(users) {
    for (const user of users) {
        state.names.set(user.id, user.username);
    }
}

function eventWords(event) {
    return EVENTS[event] || event.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase());
}

function userWords(id) {
    if (id === null || id === undefined) {
        return '—';
    }
    return state.names.get(id) || `user #${id}`;
}

/** The detail of an event as words: a string as it is, an object as "name: value" pairs. */
function detailWords(detail) {
    if (detail === null || detail === undefined) {
        return '';
    }
    if (typeof detail !== 'object') {
        return String(detail);
    }
    if (Array.isArray(detail)) {
        return detail.join(', ');
    }
    return Object.entries(detail).map(([name, value]) => `${name.replaceAll('_', ' ')}: ${
        Array.isArray(value) ? value.join(', ') : (typeof value === 'object' ? JSON.stringify(value) : value)}`)
        .join('; ');
}

/** The users the filter offers: everyone for an administrator, else those the caller may manage. */
async function openActivity() {
    $('activity-table').ariaBusy = 'true';
    const users = await api('GET', state.isAdministrator ? 'aam/v2/users' : 'aam/v2/users/manageable?search=');
    knowUsers(users);
    const chosen = $('activity-user').value;
    $('activity-user').replaceChildren(element('option', {value: '', textContent: 'Anyone'}),
        ...users.map((user) => element('option', {value: String(user.id), textContent: user.username})));
    $('activity-user').value = chosen;
    await loadActivity(false);
}

function activityPath(cursor) {
    const query = new URLSearchParams();
    const filters = {user_id: $('activity-user').value, event: $('activity-event').value,
        since: $('activity-since').value, until: $('activity-until').value};
    for (const [name, value] of Object.entries(filters)) {
        if (value) {
            // datetime-local is the browser's local time: the API takes RFC 3339.
            query.set(name, name === 'since' || name === 'until' ? new Date(value).toISOString() : value);
        }
    }
    query.set('limit', $('activity-limit').value || '50');
    if (cursor) {
        query.set('cursor', cursor);
    }
    return `aam/v2/audit?${query}`;
}

/** Shows a page of events (the next older one, added below); the table is aria-busy until it is shown. */
async function loadActivity(older) {
    $('activity-table').ariaBusy = 'true';
    let page;
    try {
        page = await api('GET', activityPath(older ? activity.next : null));
    } finally {
        $('activity-table').ariaBusy = 'false';
    }
    const rows = page.events.map((event) => element('tr', {dataset: {eventId: event.id, event: event.event}},
        cell('Time', element('time', {dateTime: event.time, title: event.time,
            textContent: new Date(event.time).toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'medium'})})),
        cell('Event', eventWords(event.event)),
        cell('By', userWords(event.actor_id)),
        cell('User', userWords(event.user_id)),
        cell('Token', event.token_id ? element('span', {className: 'id', title: event.token_id,
            textContent: event.token_id.slice(0, 8)}) : '—'),
        cell('Client', event.client || '—'),
        cell('Outcome', event.outcome || ''),
        cell('Detail', detailWords(event.detail))));
    const body = $('activity-table').querySelector('tbody');
    if (older) {
        body.append(...rows);
    } else {
        body.replaceChildren(...rows);
    }
    activity.next = page.next;
    $('activity-older').hidden = !page.next;
    $('activity-table').hidden = body.children.length === 0;
    $('no-activity').hidden = body.children.length > 0;
}

$('activity-form').addEventListener('submit', guarded(() => loadActivity(false)));
$('activity-older').addEventListener('click', guarded(() => loadActivity(true)));

start();
