// A matrix-js-sdk 43 (rust crypto = matrix-sdk-crypto-wasm, what Element runs) test peer.
// One process = one js device. Run with node 22: `node_modules/.bin/node driver.mjs`.
//
// Protocol: JSON lines. stdin: {"id": n, "cmd": "...", "args": {...}}.
// Replies on stdout: {"id": n, "ok": true, "result": ...} or {"id": n, "ok": false, "error": "..."}.
// Unsolicited: {"event": "name", ...}. Everything else (js-sdk logs, console.*) goes to stderr.
// Commands run concurrently; every wait is bounded (args.timeout seconds, default 60).
// "txn" below = the verification flow id: the to-device transaction_id, or the in-room request's
// event id. Phases: Unsent Requested Ready Started Cancelled Done.
//
// Commands (args -> result):
//   ping {} -> {node, sdk} (versions)
//   login {homeserver, user, password, device_id?} -> {user_id, device_id, ed25519, curve25519}
//       logs in, initRustCrypto({useIndexedDB: false}), starts sync, waits for PREPARED.
//   whoami {} -> {user_id, device_id, ed25519, curve25519}
//   bootstrap_cross_signing {password, reset?} -> {master_key, self_signing_key, user_signing_key,
//       created}; UIA m.login.password + m.id.user. Without reset, an account that already has
//       keys is left alone (created=false). reset=true replaces them (setupNewCrossSigning).
//   cross_signing_status {} -> getCrossSigningStatus() + {ready: isCrossSigningReady()}
//   wait_cross_signing_ready {} -> cross_signing_status + waited_ms, once isCrossSigningReady()
//       (a freshly verified own device gets the private keys by m.secret.send gossip)
//   cross_signing_keys {user_id} -> {known: {master, self_signing, user_signing} | null,
//       server: {master, self_signing, user_signing}} (known = js store, server = /keys/query)
//   cross_sign_device {device_id} -> {} (crossSignDevice: sign an own device with our SSK)
//   set_device_verified {user_id, device_id, verified?} -> {} (local trust)
//   devices {user_id} -> [{device_id, ed25519, curve25519, display_name}] (downloads if untracked)
//   wait_device {user_id, device_id} -> device_trust result, once js's crypto knows the device
//   wait_user_identity {user_id} -> {master, self_signing} once js knows the user's cross-signing
//       keys (requestVerificationDM needs it: "unknown userId" otherwise)
//   device_trust {user_id, device_id} -> {known, locally_verified, cross_signing_verified,
//       signed_by_owner, is_verified} (getDeviceVerificationStatus)
//   user_trust {user_id} -> {known, is_cross_signing_verified, was_cross_signing_verified,
//       needs_user_approval, is_verified} (getUserVerificationStatus)
//   wait_trust {user_id, device_id?, field, value?} -> device_trust / user_trust result plus
//       waited_ms, once result[field] == value (default true). Trust lags phase Done: the
//       signature upload and a /keys/query round trip come after it.
//   create_encrypted_room {invite?: [user_id], name?, is_direct?} -> {room_id}
//   create_dm {invite: user_id} -> {room_id} (is_direct, trusted_private_chat, encrypted)
//   join {room_id} -> {room_id}
//   wait_room {room_id, members?: [user_id]} -> {room_id, encrypted, joined: [user_id]}
//       waits until we are joined, js sees the room as encrypted and `members` are joined.
//   send_text {room_id, body, require_encrypted?} -> {event_id, encrypted}; fails if js sends in
//       clear into a room it knows as encrypted (or, with require_encrypted, into any other room).
//   login also takes backup_loop_delay_ms: js waits a random 0..10 s before each key-backup upload
//       loop (RustBackupManager.maxBackupLoopStartDelayMillis, process-wide); 0 makes tests fast.
//
// Secret storage (4S) and key backup. The driver keeps 4S keys in memory (keyId -> raw key) and
// answers cryptoCallbacks.getSecretStorageKey from them (null if unknown: js then throws).
//   bootstrap_secret_storage {password, passphrase?, reset_cross_signing?, new_key? (true),
//       new_backup? (true)} -> {recovery_key ("EsXX XXXX ..." 12 groups of 4), key_id, key_info
//       (m.secret_storage.key.* content), secrets {name: [key ids] | null}, backup_version,
//       cross_signing ("existing" | "imported" | "created"), cross_signing_ready,
//       secret_storage_ready, cross_signing_ms, total_ms}. Cross-signing first if this device
//       lacks the private keys (UIA password), then a NEW default 4S key
//       (createRecoveryKeyFromPassphrase: random, or PBKDF2 500,000 rounds from the passphrase),
//       the 3 cross-signing keys stored in it, a new backup version (old ones are deleted) whose
//       key goes into 4S as m.megolm_backup.v1.
//   secret_storage_status {} -> {default_key_id, key_info, key_known, secrets, ready,
//       defaultKeyId, secretStorageKeyValidityMap, key_requests: [{secret, key_ids, answered}]}
//   backup_status {check?} -> {backup_version, algorithm, server_count, auth_data (fresh GET
//       /room_keys/version), active_version (js uploads to it), trusted, matches_decryption_key,
//       device_signature, user_signature (Missing | Invalid | ValidButNotTrusted |
//       ValidAndTrusted), has_decryption_key, keys_total, keys_backed_up (olmMachine.roomKeyCounts)}
//       check: checkKeyBackupAndEnable() first.
//   backup_trust {info?} -> {trusted, matches_decryption_key, device_signature, user_signature}
//       for any backup info object ({algorithm, auth_data, version}; default: the server's).
//   wait_backup_uploaded {min_keys? (0)} -> {active_version, keys_total, keys_backed_up,
//       server_count, waited_ms} once backup is active and every room key js holds is backed up.
//   unlock_with_recovery_key {recovery_key, password?, key_id?, cross_signing? (true),
//       backup? (true)} -> {key_id, key_check, secrets, cross_signing ("imported" | "not in
//       secret storage" | "skipped"), cross_signing_ready, restored, total, backup_version,
//       backup_trusted, backup_matches_key, active_version, cross_signing_ms, load_backup_key_ms,
//       restore_ms}. Decodes the key (bad parity/prefix -> error), checks it against the key's
//       iv/mac, imports cross-signing keys from 4S (signs this device), loads m.megolm_backup.v1,
//       restores the whole backup; js then uploads to that backup too.
//   unlock_with_passphrase {passphrase, ...same} -> same + {derive_ms, iterations}
//   room_messages {room_id, limit?, history? (true)} -> [{event_id, sender, type, wire_type,
//       encrypted, msgtype, body|null, decryption_failed, failure_reason, pending, ts}] for the
//       non-state events of the live timeline, paginated back to the room's creation.
//   wait_room_decrypted {room_id, min_messages} -> {messages, undecryptable: 0, waited_ms} once
//       >= min_messages m.room.message are decrypted and no event is undecryptable (retries
//       failed decryptions every second; js also retries by itself when keys arrive).
//   shields {room_id} -> [{event_id, sender, body, encrypted, colour, reason}] for every decrypted
//       m.room.message: Element's verdict, getEncryptionInfoForEvent (colour "none" | "grey" |
//       "red", reason or null; null/null for an event in clear), after the senders' devices are
//       downloaded (so "unknown device" means unknown, not "not fetched yet").
//   request_device_verification {user_id, device_id} -> request_state (to-device). Waits (bounded)
//       until the device is known first.
//   request_own_verification {} -> request_state (to all own devices; requestOwnUserVerification)
//   request_user_verification {user_id, room_id} -> request_state (in-room, requestVerificationDM)
//   list_requests {} -> [request_state]
//   request_state {txn} -> {txn, phase, room_id, other_user, other_device, initiated_by_me,
//       is_self_verification, chosen_method, methods, cancel_code, cancelling_user, done,
//       verify_result ("done" | error text | null), sas (emoji/decimal or null), qr_scanned}
//   wait_request {other_user?, timeout?} -> request_state of the first request (incoming or not)
//       matching, already seen or arriving.
//   wait_phase {txn, phase} -> request_state; fails at once if Cancelled and phase != Cancelled.
//   accept_request {txn} -> request_state (sends m.key.verification.ready)
//   start_sas {txn} -> request_state (sends m.key.verification.start m.sas.v1, calls verify())
//   sas_emoji {txn} -> {emoji: [[symbol, name] x7], decimal: [n, n, n]} (waits for the SAS)
//   sas_confirm {txn, wait_done?} -> request_state (wait_done: also wait for phase Done)
//   sas_mismatch {txn} -> request_state (cancels with m.mismatched_sas)
//   generate_qr {txn} -> {payload_b64: base64 | null, length, mode} (null before both sides'
//       cross-signing keys exist, or if the other side cannot scan)
//   scan_qr {txn, payload_b64} -> request_state (scanQRCode; js sends start m.reciprocate.v1)
//   confirm_qr_scanned {txn, wait_done?} -> request_state (shower confirms the other scanned)
//   cancel {txn, code?, reason?} -> request_state
//   stop {} -> {} then the process exits 0.
//
// Events:
//   {"event":"ready"}                          once the driver reads commands
//   {"event":"invite", room_id, sender}         we were invited to a room
//   {"event":"verification_request", txn, transaction_id, room_id, other_user, other_device,
//       phase, methods, initiated_by_me, is_self_verification}   incoming request
//   {"event":"verification_phase", txn, phase, cancel_code?, cancelling_user?}  on each change
//   {"event":"sas", txn, emoji, decimal}        the SAS can be compared now
//   {"event":"qr_scanned", txn}                 the other side sent start m.reciprocate.v1 for our
//                                               QR; answer with confirm_qr_scanned
//   {"event":"verifier_done", txn, result}      verify() settled ("done" or error text)
//   {"event":"to_device", type, sender, encrypted, txn?, requesting_device_id?}  every to-device
//                                               message received (encrypted: came Olm-encrypted)
//   {"event":"room_verification_event", room_id, type, sender, encrypted, event_id, txn?}
//   {"event":"sync_state", state}               sync state changes after PREPARED
//   {"event":"key_backup_status", enabled}      js started/stopped uploading to a backup
//   {"event":"key_backup_remaining", remaining} keys left to upload (sent when a loop ends: 0)
//   {"event":"key_backup_failed", errcode}      upload refused (e.g. M_WRONG_ROOM_KEYS_VERSION)
//   {"event":"key_backup_key_cached", version}  js stored a backup decryption key

import { createInterface } from "node:readline";
import { readFileSync } from "node:fs";
import { format } from "node:util";

// ---- stdout carries only the protocol -----------------------------------------------------------
const protocolWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr);
for (const method of ["log", "info", "debug", "warn", "error", "trace"]) {
    console[method] = (...args) => process.stderr.write(format(...args) + "\n");
}

function send(obj) {
    protocolWrite(JSON.stringify(obj) + "\n");
}
function emit(name, fields) {
    send({ event: name, ...fields });
}

// Imported after the console redirect: loglevel binds console methods when loggers are made.
const sdk = await import("matrix-js-sdk");
const { VerificationPhase, CryptoEvent, decodeRecoveryKey, deriveRecoveryKeyFromPassphrase } = await import(
    "matrix-js-sdk/lib/crypto-api/index.js"
);
const { RustBackupManager } = await import("matrix-js-sdk/lib/rust-crypto/backup.js");

const SDK_VERSION = JSON.parse(
    readFileSync(new URL("./node_modules/matrix-js-sdk/package.json", import.meta.url), "utf8"),
).version;
const DEFAULT_TIMEOUT_S = 60;
const PHASES = {
    [VerificationPhase.Unsent]: "Unsent",
    [VerificationPhase.Requested]: "Requested",
    [VerificationPhase.Ready]: "Ready",
    [VerificationPhase.Started]: "Started",
    [VerificationPhase.Cancelled]: "Cancelled",
    [VerificationPhase.Done]: "Done",
};
const METHODS = ["m.sas.v1", "m.qr_code.show.v1", "m.qr_code.scan.v1", "m.reciprocate.v1"];
const VERIFICATION_EVENT_TYPES = new Set([
    "m.key.verification.ready",
    "m.key.verification.start",
    "m.key.verification.accept",
    "m.key.verification.key",
    "m.key.verification.mac",
    "m.key.verification.done",
    "m.key.verification.cancel",
]);

let client = null;
let stopping = false;
const requests = new Map(); // txn -> tracked request state
// Secret storage (4S) keys known to this driver: keyId -> raw 32-byte key. Filled when we create a
// key (cacheSecretStorageKey) or unlock with a recovery key / passphrase. getSecretStorageKey answers
// from here; js asks for it on every 4S read or write.
const secretStorageKeys = new Map();
const secretStorageRequests = []; // [{secret, key_ids, answered}] every getSecretStorageKey call

// ---- helpers ------------------------------------------------------------------------------------
function timeoutOf(args) {
    return 1000 * (args?.timeout ?? DEFAULT_TIMEOUT_S);
}

async function until(what, check, timeoutMs, intervalMs = 50) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await check();
        if (value) return value;
        if (Date.now() > deadline) {
            throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
}

function need(args, ...names) {
    for (const name of names) {
        if (args?.[name] === undefined || args[name] === null) {
            throw new Error(`missing argument '${name}'`);
        }
    }
}

function crypto() {
    if (!client) throw new Error("not logged in");
    const api = client.getCrypto();
    if (!api) throw new Error("crypto is not initialised");
    return api;
}

async function ownKeys() {
    const keys = await crypto().getOwnDeviceKeys();
    return {
        user_id: client.getUserId(),
        device_id: client.getDeviceId(),
        ed25519: keys.ed25519,
        curve25519: keys.curve25519,
    };
}

function phaseName(request) {
    try {
        return PHASES[request.phase] ?? String(request.phase);
    } catch (error) {
        return `error: ${error.message}`;
    }
}

function supportedMethods(request) {
    const result = [];
    for (const method of METHODS) {
        try {
            if (request.otherPartySupportsMethod(method)) result.push(method);
        } catch {
            // not known yet (before the other side answered)
        }
    }
    return result;
}

// ---- verification requests ----------------------------------------------------------------------
function state(entry) {
    const request = entry.request;
    return {
        txn: entry.txn,
        phase: phaseName(request),
        room_id: request.roomId ?? null,
        other_user: request.otherUserId,
        other_device: request.otherDeviceId ?? null,
        initiated_by_me: request.initiatedByMe,
        is_self_verification: request.isSelfVerification,
        chosen_method: request.chosenMethod ?? null,
        methods: supportedMethods(request),
        cancel_code: request.cancellationCode ?? null,
        cancelling_user: request.cancellingUserId ?? null,
        done: request.phase === VerificationPhase.Done,
        verify_result: entry.verifyResult,
        sas: entry.sas ? entry.sas.sas : null,
        qr_scanned: entry.qrCallbacks !== null,
    };
}

function getEntry(args) {
    need(args, "txn");
    const entry = requests.get(args.txn);
    if (!entry) throw new Error(`unknown verification request ${args.txn}`);
    return entry;
}

function runVerify(entry, verifier) {
    if (entry.verifyStarted.has(verifier)) return;
    entry.verifyStarted.add(verifier);
    verifier.verify().then(
        () => {
            entry.verifyResult = "done";
            emit("verifier_done", { txn: entry.txn, result: "done" });
        },
        (error) => {
            entry.verifyResult = String(error?.message ?? error);
            emit("verifier_done", { txn: entry.txn, result: entry.verifyResult });
        },
    );
}

function hookVerifier(entry, verifier) {
    if (entry.verifiers.has(verifier)) return;
    entry.verifiers.add(verifier);
    verifier.on("show_sas", (callbacks) => onSas(entry, callbacks));
    verifier.on("show_reciprocate_qr", (callbacks) => onQrScanned(entry, callbacks));
    // Element calls verify() as soon as a verifier exists: for a SAS the side that did not start
    // then sends m.key.verification.accept. For a QR verifier it only waits for the end.
    runVerify(entry, verifier);
}

function onSas(entry, callbacks) {
    if (entry.sas) return;
    entry.sas = callbacks;
    emit("sas", { txn: entry.txn, emoji: callbacks.sas.emoji ?? null, decimal: callbacks.sas.decimal ?? null });
}

function onQrScanned(entry, callbacks) {
    if (entry.qrCallbacks) return;
    entry.qrCallbacks = callbacks;
    emit("qr_scanned", { txn: entry.txn });
}

function track(request, incoming) {
    const txn = request.transactionId;
    if (!txn) throw new Error("verification request has no transaction id yet");
    const known = requests.get(txn);
    if (known) return known;
    const entry = {
        txn,
        request,
        lastPhase: null,
        sas: null,
        qrCallbacks: null,
        verifyResult: null,
        verifiers: new Set(),
        verifyStarted: new Set(),
    };
    requests.set(txn, entry);
    const onChange = () => {
        const phase = phaseName(request);
        if (phase !== entry.lastPhase) {
            entry.lastPhase = phase;
            const fields = { txn, phase };
            if (request.phase === VerificationPhase.Cancelled) {
                fields.cancel_code = request.cancellationCode ?? null;
                fields.cancelling_user = request.cancellingUserId ?? null;
            }
            emit("verification_phase", fields);
        }
        const verifier = request.verifier;
        if (verifier) {
            hookVerifier(entry, verifier);
            const sas = verifier.getShowSasCallbacks();
            if (sas) onSas(entry, sas);
            const qr = verifier.getReciprocateQrCodeCallbacks();
            if (qr) onQrScanned(entry, qr);
        }
    };
    request.on("change", onChange);
    if (incoming) {
        emit("verification_request", {
            txn,
            transaction_id: txn,
            room_id: request.roomId ?? null,
            other_user: request.otherUserId,
            other_device: request.otherDeviceId ?? null,
            phase: phaseName(request),
            methods: supportedMethods(request),
            initiated_by_me: request.initiatedByMe,
            is_self_verification: request.isSelfVerification,
        });
    }
    onChange();
    return entry;
}

async function waitPhase(entry, wanted, timeoutMs) {
    await until(
        `verification ${entry.txn} to reach phase ${wanted} (now ${phaseName(entry.request)})`,
        () => {
            const phase = phaseName(entry.request);
            if (phase === wanted) return true;
            if (phase === "Cancelled" || phase === "Done") {
                const code = entry.request.cancellationCode;
                throw new Error(
                    `verification ${entry.txn} is ${phase}` +
                        (code ? ` (code ${code}, by ${entry.request.cancellingUserId})` : "") +
                        ` while waiting for ${wanted}`,
                );
            }
            return false;
        },
        timeoutMs,
    );
    return state(entry);
}

// ---- login and sync -----------------------------------------------------------------------------
function hookClient() {
    client.on(sdk.ClientEvent.Sync, (syncState) => {
        if (syncState !== "SYNCING" && syncState !== "PREPARED") emit("sync_state", { state: syncState });
    });
    client.on(sdk.RoomMemberEvent.Membership, (event, member) => {
        if (member.userId === client.getUserId() && member.membership === "invite") {
            emit("invite", { room_id: member.roomId, sender: event.getSender() });
        }
    });
    client.on(sdk.ClientEvent.ReceivedToDeviceMessage, (payload) => {
        const message = payload.message;
        const fields = {
            type: message.type,
            sender: message.sender,
            encrypted: payload.encryptionInfo !== null && payload.encryptionInfo !== undefined,
        };
        if (message.content?.transaction_id) fields.txn = message.content.transaction_id;
        if (message.content?.requesting_device_id) fields.requesting_device_id = message.content.requesting_device_id;
        emit("to_device", fields);
    });
    // In-room verification events, reported once each: plaintext ones when they reach the
    // timeline, encrypted ones once decrypted (encrypted: true tells which kind it was).
    const reported = new Set();
    const reportRoomEvent = (event) => {
        const type = event.getType();
        const isRequest = type === "m.room.message" && event.getContent()?.msgtype === "m.key.verification.request";
        if (!VERIFICATION_EVENT_TYPES.has(type) && !isRequest) return;
        if (reported.has(event.getId())) return;
        reported.add(event.getId());
        const fields = {
            room_id: event.getRoomId(),
            type: isRequest ? "m.key.verification.request" : type,
            sender: event.getSender(),
            encrypted: event.isEncrypted(),
            event_id: event.getId(),
        };
        const relates = event.getContent()?.["m.relates_to"]?.event_id;
        if (relates) fields.txn = relates;
        emit("room_verification_event", fields);
    };
    client.on(sdk.RoomEvent.Timeline, (event) => {
        if (!event.isBeingDecrypted() && !event.isDecryptionFailure()) reportRoomEvent(event);
    });
    client.on(sdk.MatrixEventEvent.Decrypted, (event) => {
        if (event.getRoomId()) reportRoomEvent(event);
    });
    client.on(CryptoEvent.KeyBackupStatus, (enabled) => emit("key_backup_status", { enabled }));
    client.on(CryptoEvent.KeyBackupSessionsRemaining, (remaining) => emit("key_backup_remaining", { remaining }));
    client.on(CryptoEvent.KeyBackupFailed, (errcode) => emit("key_backup_failed", { errcode }));
    client.on(CryptoEvent.KeyBackupDecryptionKeyCached, (version) =>
        emit("key_backup_key_cached", { version }),
    );
    client.on("crypto.verificationRequestReceived", (request) => {
        try {
            track(request, true);
        } catch (error) {
            console.error("could not track incoming verification request", error);
        }
    });
}

async function login(args) {
    need(args, "homeserver", "user", "password");
    if (client) throw new Error("already logged in");
    const bare = sdk.createClient({ baseUrl: args.homeserver });
    const body = {
        identifier: { type: "m.id.user", user: args.user },
        password: args.password,
        initial_device_display_name: args.display_name ?? "js-peer",
    };
    if (args.device_id) body.device_id = args.device_id;
    const response = await bare.loginRequest({ type: "m.login.password", ...body });
    client = sdk.createClient({
        baseUrl: args.homeserver,
        accessToken: response.access_token,
        userId: response.user_id,
        deviceId: response.device_id,
        cryptoCallbacks: {
            getSecretStorageKey: answerSecretStorageKey,
            cacheSecretStorageKey: (keyId, _keyInfo, key) => {
                secretStorageKeys.set(keyId, new Uint8Array(key));
            },
        },
    });
    if (args.backup_loop_delay_ms !== undefined) {
        // js waits a random 0..10 s before each backup upload loop (RustBackupManager static).
        RustBackupManager.maxBackupLoopStartDelayMillis = Number(args.backup_loop_delay_ms);
    }
    await client.initRustCrypto({ useIndexedDB: false });
    hookClient();
    const prepared = new Promise((resolve, reject) => {
        const onSync = (syncState, _prev, data) => {
            if (syncState === "PREPARED") {
                client.off(sdk.ClientEvent.Sync, onSync);
                resolve();
            } else if (syncState === "ERROR" && !args.retry_sync) {
                client.off(sdk.ClientEvent.Sync, onSync);
                reject(new Error(`first sync failed: ${data?.error?.message ?? "unknown error"}`));
            }
        };
        client.on(sdk.ClientEvent.Sync, onSync);
    });
    await client.startClient({ initialSyncLimit: 20 });
    await withTimeout(prepared, timeoutOf(args), "first sync (PREPARED)");
    return await ownKeys();
}

function withTimeout(promise, timeoutMs, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)), timeoutMs);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---- cross-signing ------------------------------------------------------------------------------
/** A UIA callback for bootstrapCrossSigning: m.login.password with identifier m.id.user. */
function passwordAuth(password) {
    return async (makeRequest) => {
        const auth = {
            type: "m.login.password",
            identifier: { type: "m.id.user", user: client.getUserId() },
            password,
        };
        try {
            return await makeRequest(null);
        } catch (error) {
            const session = error?.data?.session;
            if (error?.httpStatus !== 401 || !session || password === undefined) throw error;
            return await makeRequest({ ...auth, session });
        }
    };
}
async function crossSigningKeyIds() {
    const api = crypto();
    const keys = await api.getUserCrossSigningKeys(client.getUserId());
    return {
        master_key: pickKey(keys?.master_key),
        self_signing_key: pickKey(keys?.self_signing_key),
        user_signing_key: pickKey(keys?.user_signing_key),
    };
}

async function bootstrapCrossSigning(args) {
    need(args, "password");
    const api = crypto();
    const reset = Boolean(args.reset);
    const had = await api.userHasCrossSigningKeys(client.getUserId(), true);
    if (had && !reset) {
        const ids = await crossSigningKeyIds();
        return { ...ids, created: false, ready: await api.isCrossSigningReady() };
    }
    await api.bootstrapCrossSigning({
        setupNewCrossSigning: reset,
        authUploadDeviceSigningKeys: passwordAuth(args.password),
    });
    const ids = await crossSigningKeyIds();
    return { ...ids, created: true, ready: await api.isCrossSigningReady() };
}

function pickKey(keyObject) {
    if (!keyObject?.keys) return null;
    const values = Object.values(keyObject.keys);
    return values.length ? values[0] : null;
}

async function crossSigningKeys(args) {
    need(args, "user_id");
    const api = crypto();
    const known = await api.getUserCrossSigningKeys(args.user_id);
    const query = await client.http.authedRequest(sdk.Method.Post, "/keys/query", undefined, {
        device_keys: { [args.user_id]: [] },
    });
    return {
        known: known
            ? {
                  master: pickKey(known.master_key),
                  self_signing: pickKey(known.self_signing_key),
                  user_signing: pickKey(known.user_signing_key),
              }
            : null,
        server: {
            master: pickKey(query.master_keys?.[args.user_id]),
            self_signing: pickKey(query.self_signing_keys?.[args.user_id]),
            user_signing: pickKey(query.user_signing_keys?.[args.user_id]),
        },
    };
}

// ---- trust --------------------------------------------------------------------------------------
async function deviceTrust(args) {
    need(args, "user_id", "device_id");
    const status = await crypto().getDeviceVerificationStatus(args.user_id, args.device_id);
    if (!status) return { known: false };
    return {
        known: true,
        locally_verified: status.localVerified,
        cross_signing_verified: status.crossSigningVerified,
        signed_by_owner: status.signedByOwner,
        is_verified: status.isVerified(),
    };
}

async function userTrust(args) {
    need(args, "user_id");
    const status = await crypto().getUserVerificationStatus(args.user_id);
    return {
        known: status.known,
        is_cross_signing_verified: status.isCrossSigningVerified(),
        was_cross_signing_verified: status.wasCrossSigningVerified(),
        needs_user_approval: status.needsUserApproval,
        is_verified: status.isVerified(),
    };
}

async function waitDevice(args) {
    need(args, "user_id", "device_id");
    await until(
        `device ${args.device_id} of ${args.user_id} to be known to js crypto (a shared encrypted ` +
            "room is needed for another user's devices)",
        async () => (await crypto().getDeviceVerificationStatus(args.user_id, args.device_id)) !== null,
        timeoutOf(args),
        100,
    );
    return await deviceTrust(args);
}

// ---- rooms --------------------------------------------------------------------------------------
const ENCRYPTION_STATE = {
    type: "m.room.encryption",
    state_key: "",
    content: { algorithm: "m.megolm.v1.aes-sha2" },
};

async function createEncryptedRoom(args) {
    const options = {
        preset: args?.is_direct ? "trusted_private_chat" : "private_chat",
        invite: args?.invite ?? [],
        initial_state: [ENCRYPTION_STATE],
    };
    if (args?.name) options.name = args.name;
    if (args?.is_direct) options.is_direct = true;
    const { room_id: roomId } = await client.createRoom(options);
    return { room_id: roomId };
}

async function waitRoom(args) {
    need(args, "room_id");
    const members = args.members ?? [];
    const api = crypto();
    await until(
        `room ${args.room_id} to be joined, encrypted, with members ${JSON.stringify(members)} joined`,
        async () => {
            const room = client.getRoom(args.room_id);
            if (!room || room.getMyMembership() !== "join") return false;
            if (!(await api.isEncryptionEnabledInRoom(args.room_id))) return false;
            return members.every((userId) => room.getMember(userId)?.membership === "join");
        },
        timeoutOf(args),
        100,
    );
    const room = client.getRoom(args.room_id);
    return {
        room_id: args.room_id,
        encrypted: true,
        joined: room.getJoinedMembers().map((member) => member.userId),
    };
}

// ---- secret storage (4S) and server-side key backup ---------------------------------------------
const SECRET_NAMES = [
    "m.cross_signing.master",
    "m.cross_signing.self_signing",
    "m.cross_signing.user_signing",
    "m.megolm_backup.v1",
];
const SIGNATURE_STATES = ["Missing", "Invalid", "ValidButNotTrusted", "ValidAndTrusted"];

/** cryptoCallbacks.getSecretStorageKey: answer with a key the driver holds, else null. */
async function answerSecretStorageKey({ keys }, name) {
    const keyIds = Object.keys(keys);
    const record = { secret: name, key_ids: keyIds, answered: null };
    secretStorageRequests.push(record);
    for (const keyId of keyIds) {
        const key = secretStorageKeys.get(keyId);
        if (key) {
            record.answered = keyId;
            return [keyId, key];
        }
    }
    console.error(`getSecretStorageKey(${name}): none of ${keyIds.join(", ")} is known to the driver`);
    return null;
}

async function secretStorageInfo() {
    const storage = client.secretStorage;
    const defaultKeyId = await storage.getDefaultKeyId();
    const tuple = defaultKeyId ? await storage.getKey(defaultKeyId) : null;
    const secrets = {};
    for (const name of SECRET_NAMES) {
        const stored = await storage.isStored(name);
        secrets[name] = stored ? Object.keys(stored) : null;
    }
    return {
        default_key_id: defaultKeyId,
        key_info: tuple ? tuple[1] : null,
        key_known: defaultKeyId !== null && secretStorageKeys.has(defaultKeyId),
        secrets,
    };
}

/** GET /room_keys/version straight from the server (js caches its own copy): null if none. */
async function serverBackupInfo() {
    try {
        return await client.http.authedRequest(sdk.Method.Get, "/room_keys/version", undefined, undefined, {
            prefix: sdk.ClientPrefix.V3,
        });
    } catch (error) {
        if (error?.httpStatus === 404) return null;
        throw error;
    }
}

async function backupTrust(info) {
    const api = crypto();
    const trust = await api.isKeyBackupTrusted(info);
    const verification = await api.olmMachine.verifyBackup(info);
    const result = {
        trusted: trust.trusted,
        matches_decryption_key: trust.matchesDecryptionKey,
        device_signature: SIGNATURE_STATES[verification.deviceState] ?? String(verification.deviceState),
        user_signature: SIGNATURE_STATES[verification.userState] ?? String(verification.userState),
    };
    verification.free?.();
    return result;
}

async function keyCounts() {
    const counts = await crypto().olmMachine.roomKeyCounts();
    const result = { keys_total: counts.total, keys_backed_up: counts.backedUp };
    counts.free?.();
    return result;
}

async function backupStatus(args) {
    const api = crypto();
    if (args?.check) await api.checkKeyBackupAndEnable();
    const info = await serverBackupInfo();
    const trust = info ? await backupTrust(info) : { trusted: false, matches_decryption_key: false };
    return {
        backup_version: info?.version ?? null,
        algorithm: info?.algorithm ?? null,
        server_count: info?.count ?? null,
        auth_data: info?.auth_data ?? null,
        active_version: await api.getActiveSessionBackupVersion(),
        ...trust,
        has_decryption_key: (await api.getSessionBackupPrivateKey()) !== null,
        ...(await keyCounts()),
    };
}

async function waitBackupUploaded(args) {
    const api = crypto();
    const minKeys = args.min_keys ?? 0;
    const started = Date.now();
    let last = null;
    try {
        await until(
            `all room keys to be backed up (at least ${minKeys})`,
            async () => {
                last = { active_version: await api.getActiveSessionBackupVersion(), ...(await keyCounts()) };
                return (
                    last.active_version !== null &&
                    last.keys_total >= minKeys &&
                    last.keys_backed_up >= last.keys_total
                );
            },
            timeoutOf(args),
            100,
        );
    } catch (error) {
        throw new Error(`${error.message}; last: ${JSON.stringify(last)}`);
    }
    const info = await serverBackupInfo();
    return { ...last, server_count: info?.count ?? null, waited_ms: Date.now() - started };
}

async function bootstrapSecretStorage(args) {
    need(args, "password");
    const api = crypto();
    const started = Date.now();
    const masterBefore = (await crossSigningKeyIds()).master_key;
    let crossSigning = "existing";
    // Forced /keys/query of our own keys first (else js may not know existing public keys).
    await api.userHasCrossSigningKeys(client.getUserId(), true);
    if (args.reset_cross_signing || !(await api.isCrossSigningReady())) {
        // Imports the private keys from 4S if they are there and the key is known to the driver,
        // otherwise makes new keys (UIA). Fails if 4S holds them under a key we do not have.
        await api.bootstrapCrossSigning({
            setupNewCrossSigning: Boolean(args.reset_cross_signing),
            authUploadDeviceSigningKeys: passwordAuth(args.password),
        });
        const masterAfter = (await crossSigningKeyIds()).master_key;
        crossSigning = masterAfter === masterBefore ? "imported" : "created";
    }
    const crossSigningMs = Date.now() - started;
    let generated = null;
    await api.bootstrapSecretStorage({
        setupNewSecretStorage: args.new_key ?? true,
        setupNewKeyBackup: args.new_backup ?? true,
        createSecretStorageKey: async () => {
            generated = await api.createRecoveryKeyFromPassphrase(args.passphrase || undefined);
            return generated;
        },
    });
    const storage = await secretStorageInfo();
    return {
        recovery_key: generated?.encodedPrivateKey ?? null,
        key_id: storage.default_key_id,
        key_info: storage.key_info,
        secrets: storage.secrets,
        backup_version: await api.getActiveSessionBackupVersion(),
        cross_signing: crossSigning,
        cross_signing_ready: await api.isCrossSigningReady(),
        secret_storage_ready: await api.isSecretStorageReady(),
        cross_signing_ms: crossSigningMs,
        total_ms: Date.now() - started,
    };
}

/** Shared by unlock_with_recovery_key / unlock_with_passphrase once the raw 4S key is known. */
async function unlockWithKey(key, how, keyId, args, timings) {
    const api = crypto();
    const storage = client.secretStorage;
    const tuple = await storage.getKey(keyId);
    if (!tuple) throw new Error(`no m.secret_storage.key.${keyId} account data`);
    const keyInfo = tuple[1];
    if (!(await storage.checkKey(key, keyInfo))) {
        throw new Error(`the ${how} does not match secret storage key ${keyId} (iv/mac check failed)`);
    }
    secretStorageKeys.set(keyId, key);
    const result = {
        key_id: keyId,
        key_check: keyInfo.mac ? "mac ok" : "unchecked (the key description has no iv/mac)",
        secrets: (await secretStorageInfo()).secrets,
    };
    let t = Date.now();
    const xsInStorage = SECRET_NAMES.slice(0, 3).every((name) => result.secrets[name]?.includes(keyId));
    if (args.cross_signing === false) {
        result.cross_signing = "skipped";
    } else if (!xsInStorage) {
        result.cross_signing = "not in secret storage";
    } else {
        // No local private keys + all three in 4S: js imports them, checks them against the public
        // keys and signs this device with the SSK (uploads the signature). The import fails
        // ("importCrossSigningKeys failed to import the keys") until js has our public identity:
        // userHasCrossSigningKeys() does a forced /keys/query for our own user first (as Element).
        if (!(await api.userHasCrossSigningKeys(client.getUserId(), true))) {
            throw new Error("4S holds cross-signing keys but the account has no public ones");
        }
        await api.bootstrapCrossSigning({ authUploadDeviceSigningKeys: passwordAuth(args.password) });
        result.cross_signing = "imported";
    }
    result.cross_signing_ready = await api.isCrossSigningReady();
    timings.cross_signing_ms = Date.now() - t;
    if (args.backup === false) {
        result.restored = null;
        result.total = null;
    } else {
        t = Date.now();
        await api.checkKeyBackupAndEnable(); // refresh js's cached server backup info
        await api.loadSessionBackupPrivateKeyFromSecretStorage();
        const check = await api.checkKeyBackupAndEnable();
        timings.load_backup_key_ms = Date.now() - t;
        t = Date.now();
        const restored = await api.restoreKeyBackup();
        timings.restore_ms = Date.now() - t;
        result.restored = restored.imported;
        result.total = restored.total;
        result.backup_version = check?.backupInfo?.version ?? null;
        result.backup_trusted = check?.trustInfo?.trusted ?? null;
        result.backup_matches_key = check?.trustInfo?.matchesDecryptionKey ?? null;
        result.active_version = await api.getActiveSessionBackupVersion();
    }
    return { ...result, ...timings };
}

async function unlockWithRecoveryKey(args) {
    need(args, "recovery_key");
    const key = decodeRecoveryKey(args.recovery_key); // throws on a bad prefix/parity/length
    const keyId = args.key_id ?? (await client.secretStorage.getDefaultKeyId());
    if (!keyId) throw new Error("the account has no m.secret_storage.default_key");
    return await unlockWithKey(key, "recovery key", keyId, args, {});
}

async function unlockWithPassphrase(args) {
    need(args, "passphrase");
    const keyId = args.key_id ?? (await client.secretStorage.getDefaultKeyId());
    if (!keyId) throw new Error("the account has no m.secret_storage.default_key");
    const tuple = await client.secretStorage.getKey(keyId);
    const info = tuple?.[1]?.passphrase;
    if (!info) throw new Error(`secret storage key ${keyId} has no passphrase info`);
    if (info.algorithm !== "m.pbkdf2") throw new Error(`unsupported passphrase algorithm ${info.algorithm}`);
    const started = Date.now();
    const key = await deriveRecoveryKeyFromPassphrase(args.passphrase, info.salt, info.iterations, info.bits ?? 256);
    const timings = { derive_ms: Date.now() - started, iterations: info.iterations };
    return await unlockWithKey(key, "passphrase", keyId, args, timings);
}

// ---- room timeline ------------------------------------------------------------------------------
function getJoinedRoom(roomId) {
    const room = client.getRoom(roomId);
    if (!room) throw new Error(`js does not know room ${roomId}`);
    return room;
}

function timelineEvents(room) {
    return room.getLiveTimeline().getEvents().filter((event) => !event.isState());
}

/** Paginate the live timeline back to the room's creation (bounded by maxPages). */
async function loadHistory(room, maxPages = 40) {
    const timeline = room.getLiveTimeline();
    for (let page = 0; page < maxPages; page++) {
        if (timeline.getEvents().some((event) => event.getType() === "m.room.create")) return true;
        const more = await client.paginateEventTimeline(timeline, { backwards: true, limit: 100 });
        if (!more) return true;
    }
    return false;
}

const lastRetry = new WeakMap(); // event -> ms of the last explicit decryption retry

function retryDecryption(events) {
    const now = Date.now();
    for (const event of events) {
        if (event.shouldAttemptDecryption()) {
            void client.decryptEventIfNeeded(event);
        } else if (event.isDecryptionFailure() && !event.isBeingDecrypted()) {
            if (now - (lastRetry.get(event) ?? 0) < 1000) continue;
            lastRetry.set(event, now);
            event.attemptDecryption(client.cryptoBackend, { isRetry: true }).catch(() => {});
        }
    }
}

function describeEvent(event) {
    const failed = event.isDecryptionFailure();
    const content = event.getContent() ?? {};
    return {
        event_id: event.getId(),
        sender: event.getSender(),
        type: event.getType(),
        wire_type: event.getWireType(),
        encrypted: event.isEncrypted(),
        msgtype: content.msgtype ?? null,
        body: failed || typeof content.body !== "string" ? null : content.body,
        decryption_failed: failed,
        failure_reason: failed ? (event.decryptionFailureReason ?? null) : null,
        pending: event.isBeingDecrypted(),
        ts: event.getTs(),
    };
}

function summarise(events) {
    const messages = events.filter((e) => e.getType() === "m.room.message" && !e.isDecryptionFailure());
    const bad = events.filter((e) => e.isDecryptionFailure() || e.isBeingDecrypted());
    return { messages: messages.length, undecryptable: bad.length, bad };
}

async function roomMessages(args) {
    need(args, "room_id");
    const room = getJoinedRoom(args.room_id);
    if (args.history !== false) await loadHistory(room);
    const events = timelineEvents(room);
    await Promise.all(events.map((event) => client.decryptEventIfNeeded(event)));
    const described = events.map(describeEvent);
    return args.limit ? described.slice(-args.limit) : described;
}

// matrix-js-sdk's EventShieldColour and EventShieldReason, by value (crypto-api/index.ts).
const SHIELD_COLOURS = ["none", "grey", "red"];
const SHIELD_REASONS = [
    "UNKNOWN", "UNVERIFIED_IDENTITY", "UNSIGNED_DEVICE", "UNKNOWN_DEVICE",
    "AUTHENTICITY_NOT_GUARANTEED", "MISMATCHED_SENDER_KEY", "SENT_IN_CLEAR",
    "VERIFICATION_VIOLATION", "MISMATCHED_SENDER",
];

async function shields(args) {
    need(args, "room_id");
    const room = getJoinedRoom(args.room_id);
    await loadHistory(room);
    const events = timelineEvents(room).filter((e) => e.getType() === "m.room.message");
    await Promise.all(events.map((event) => client.decryptEventIfNeeded(event)));
    const senders = [...new Set(events.map((e) => e.getSender()))];
    await crypto().getUserDeviceInfo(senders, true);
    const out = [];
    for (const event of events) {
        if (event.isDecryptionFailure()) continue;
        const info = event.isEncrypted() ? await crypto().getEncryptionInfoForEvent(event) : null;
        out.push({
            event_id: event.getId(),
            sender: event.getSender(),
            body: event.getContent()?.body ?? null,
            encrypted: event.isEncrypted(),
            colour: info ? (SHIELD_COLOURS[info.shieldColour] ?? String(info.shieldColour)) : null,
            reason:
                info && info.shieldReason !== null
                    ? (SHIELD_REASONS[info.shieldReason] ?? String(info.shieldReason))
                    : null,
        });
    }
    return out;
}

async function waitRoomDecrypted(args) {
    need(args, "room_id", "min_messages");
    const room = getJoinedRoom(args.room_id);
    const started = Date.now();
    let last = null;
    try {
        await until(
            `${args.min_messages} decrypted m.room.message events and no undecryptable one in ${args.room_id}`,
            async () => {
                await loadHistory(room);
                const events = timelineEvents(room);
                retryDecryption(events);
                last = summarise(events);
                return last.messages >= args.min_messages && last.undecryptable === 0;
            },
            timeoutOf(args),
            100,
        );
    } catch (error) {
        const bad = (last?.bad ?? []).slice(0, 5).map(describeEvent);
        throw new Error(
            `${error.message}; decrypted messages ${last?.messages}, undecryptable ${last?.undecryptable}: ` +
                JSON.stringify(bad),
        );
    }
    return { messages: last.messages, undecryptable: 0, waited_ms: Date.now() - started };
}

async function sendText(args) {
    need(args, "room_id", "body");
    const encryptedRoom = await crypto().isEncryptionEnabledInRoom(args.room_id);
    if (!encryptedRoom && (args.require_encrypted ?? false)) {
        throw new Error(`js does not see ${args.room_id} as encrypted: refusing to send in clear`);
    }
    const { event_id: eventId } = await client.sendTextMessage(args.room_id, args.body);
    const echo = client.getRoom(args.room_id)?.findEventById(eventId);
    const encrypted = echo ? echo.isEncrypted() : null;
    if (encryptedRoom && encrypted === false) {
        throw new Error(`js sent ${eventId} in clear into encrypted room ${args.room_id}`);
    }
    return { event_id: eventId, encrypted: encrypted ?? encryptedRoom };
}

// ---- commands -----------------------------------------------------------------------------------
const commands = {
    ping: async () => ({ node: process.version, sdk: SDK_VERSION }),
    login,
    whoami: async () => await ownKeys(),
    bootstrap_cross_signing: bootstrapCrossSigning,
    cross_signing_status: async () => {
        const api = crypto();
        return { ...(await api.getCrossSigningStatus()), ready: await api.isCrossSigningReady() };
    },
    wait_cross_signing_ready: async (args) => {
        const started = Date.now();
        await until("isCrossSigningReady() (private keys, e.g. by secret gossip)", () => crypto().isCrossSigningReady(), timeoutOf(args), 100);
        return { ...(await crypto().getCrossSigningStatus()), ready: true, waited_ms: Date.now() - started };
    },
    cross_signing_keys: crossSigningKeys,
    cross_sign_device: async (args) => {
        need(args, "device_id");
        await crypto().crossSignDevice(args.device_id);
        return {};
    },
    set_device_verified: async (args) => {
        need(args, "user_id", "device_id");
        await crypto().setDeviceVerified(args.user_id, args.device_id, args.verified ?? true);
        return {};
    },
    devices: async (args) => {
        need(args, "user_id");
        const map = await crypto().getUserDeviceInfo([args.user_id], true);
        const devices = map.get(args.user_id) ?? new Map();
        return [...devices.values()].map((device) => ({
            device_id: device.deviceId,
            ed25519: device.getFingerprint(),
            curve25519: device.getIdentityKey(),
            display_name: device.displayName ?? null,
        }));
    },
    wait_device: waitDevice,
    wait_user_identity: async (args) => {
        need(args, "user_id");
        const keys = await until(
            `the cross-signing identity of ${args.user_id} to be known to js crypto`,
            async () => {
                const found = await crypto().getUserCrossSigningKeys(args.user_id);
                return pickKey(found?.master_key) ? found : null;
            },
            timeoutOf(args),
            100,
        );
        return { master: pickKey(keys.master_key), self_signing: pickKey(keys.self_signing_key) };
    },
    device_trust: deviceTrust,
    user_trust: userTrust,
    wait_trust: async (args) => {
        need(args, "user_id", "field");
        const wanted = args.value ?? true;
        const read = args.device_id ? deviceTrust : userTrust;
        const what = args.device_id ? `device ${args.device_id} of ${args.user_id}` : `user ${args.user_id}`;
        let last = null;
        const started = Date.now();
        try {
            await until(
                `${what} to have ${args.field} == ${wanted}`,
                async () => {
                    last = await read(args);
                    return last[args.field] === wanted;
                },
                timeoutOf(args),
                100,
            );
        } catch (error) {
            throw new Error(`${error.message}; last: ${JSON.stringify(last)}`);
        }
        return { ...last, waited_ms: Date.now() - started };
    },
    create_encrypted_room: createEncryptedRoom,
    create_dm: async (args) => {
        need(args, "invite");
        return await createEncryptedRoom({ invite: [args.invite], is_direct: true, name: args.name });
    },
    join: async (args) => {
        need(args, "room_id");
        const room = await client.joinRoom(args.room_id);
        return { room_id: room.roomId };
    },
    wait_room: waitRoom,
    send_text: sendText,
    bootstrap_secret_storage: bootstrapSecretStorage,
    secret_storage_status: async () => ({
        ...(await secretStorageInfo()),
        ...(await crypto().getSecretStorageStatus()),
        key_requests: secretStorageRequests.slice(-20),
    }),
    backup_status: backupStatus,
    backup_trust: async (args) => {
        const info = args.info ?? (await serverBackupInfo());
        if (!info) throw new Error("no key backup on the server");
        return await backupTrust(info);
    },
    wait_backup_uploaded: waitBackupUploaded,
    unlock_with_recovery_key: unlockWithRecoveryKey,
    unlock_with_passphrase: unlockWithPassphrase,
    room_messages: roomMessages,
    shields: shields,
    wait_room_decrypted: waitRoomDecrypted,
    request_device_verification: async (args) => {
        need(args, "user_id", "device_id");
        await waitDevice(args);
        const request = await crypto().requestDeviceVerification(args.user_id, args.device_id);
        return state(track(request, false));
    },
    request_own_verification: async () => {
        const request = await crypto().requestOwnUserVerification();
        return state(track(request, false));
    },
    request_user_verification: async (args) => {
        need(args, "user_id", "room_id");
        const request = await crypto().requestVerificationDM(args.user_id, args.room_id);
        return state(track(request, false));
    },
    list_requests: async () => [...requests.values()].map(state),
    request_state: async (args) => state(getEntry(args)),
    wait_request: async (args) => {
        const entry = await until(
            `a verification request${args?.other_user ? ` with ${args.other_user}` : ""}`,
            () =>
                [...requests.values()].find(
                    (candidate) => !args?.other_user || candidate.request.otherUserId === args.other_user,
                ),
            timeoutOf(args),
        );
        return state(entry);
    },
    wait_phase: async (args) => {
        need(args, "phase");
        return await waitPhase(getEntry(args), args.phase, timeoutOf(args));
    },
    accept_request: async (args) => {
        const entry = getEntry(args);
        await entry.request.accept();
        return state(entry);
    },
    start_sas: async (args) => {
        const entry = getEntry(args);
        const verifier = await entry.request.startVerification("m.sas.v1");
        hookVerifier(entry, verifier);
        runVerify(entry, verifier);
        return state(entry);
    },
    sas_emoji: async (args) => {
        const entry = getEntry(args);
        await until(
            `the SAS of ${entry.txn} (phase ${phaseName(entry.request)})`,
            () => {
                if (entry.sas) return true;
                if (entry.request.phase === VerificationPhase.Cancelled) {
                    throw new Error(`verification ${entry.txn} was cancelled (${entry.request.cancellationCode})`);
                }
                return false;
            },
            timeoutOf(args),
        );
        return { emoji: entry.sas.sas.emoji ?? null, decimal: entry.sas.sas.decimal ?? null };
    },
    sas_confirm: async (args) => {
        const entry = getEntry(args);
        if (!entry.sas) throw new Error(`no SAS shown yet for ${entry.txn}`);
        await entry.sas.confirm();
        if (args.wait_done) return await waitPhase(entry, "Done", timeoutOf(args));
        return state(entry);
    },
    sas_mismatch: async (args) => {
        const entry = getEntry(args);
        if (!entry.sas) throw new Error(`no SAS shown yet for ${entry.txn}`);
        entry.sas.mismatch();
        return state(entry);
    },
    generate_qr: async (args) => {
        const entry = getEntry(args);
        const bytes = await entry.request.generateQRCode();
        if (!bytes) return { payload_b64: null, length: 0, mode: null };
        const buffer = Buffer.from(bytes);
        return { payload_b64: buffer.toString("base64"), length: buffer.length, mode: buffer[7] };
    },
    scan_qr: async (args) => {
        need(args, "payload_b64");
        const entry = getEntry(args);
        const data = new Uint8ClampedArray(Buffer.from(args.payload_b64, "base64"));
        const verifier = await entry.request.scanQRCode(data);
        hookVerifier(entry, verifier);
        runVerify(entry, verifier);
        return state(entry);
    },
    confirm_qr_scanned: async (args) => {
        const entry = getEntry(args);
        await until(`the other side to scan the QR code of ${entry.txn}`, () => entry.qrCallbacks, timeoutOf(args));
        entry.qrCallbacks.confirm();
        if (args.wait_done) return await waitPhase(entry, "Done", timeoutOf(args));
        return state(entry);
    },
    cancel: async (args) => {
        const entry = getEntry(args);
        const params = {};
        if (args.code) params.code = args.code;
        if (args.reason) params.reason = args.reason;
        await entry.request.cancel(params);
        return state(entry);
    },
    stop: async () => {
        stopping = true;
        if (client) client.stopClient();
        return {};
    },
};

async function handle(line) {
    let message;
    try {
        message = JSON.parse(line);
    } catch (error) {
        send({ id: null, ok: false, error: `bad JSON: ${error.message}` });
        return;
    }
    const { id, cmd, args } = message;
    const command = commands[cmd];
    if (!command) {
        send({ id, ok: false, error: `unknown command '${cmd}'` });
        return;
    }
    try {
        // Outer guard: nothing may hang longer than its timeout plus a grace period.
        const result = await withTimeout(
            Promise.resolve().then(() => command(args ?? {})),
            timeoutOf(args) + 5000,
            `command ${cmd}`,
        );
        send({ id, ok: true, result: result ?? null });
    } catch (error) {
        const text = error?.message ?? String(error);
        console.error(`command ${cmd} failed:`, error);
        send({ id, ok: false, error: `${cmd}: ${text}` });
    }
    if (cmd === "stop") {
        setTimeout(() => process.exit(0), 100);
    }
}

process.on("unhandledRejection", (reason) => console.error("unhandled rejection:", reason));

const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on("line", (line) => {
    if (line.trim()) void handle(line);
});
input.on("close", () => {
    if (!stopping && client) client.stopClient();
    setTimeout(() => process.exit(0), 100);
});
emit("ready", { node: process.version });
