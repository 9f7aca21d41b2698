// remo's pages: hand-written, no libraries. The server checks everything
// again; this only helps the person on the phone. Also loaded by node in the
// tests (the registration code check against RemoCore's, on the same vectors).
"use strict";

// --- The registration code check: RemoCore's RegistrationCode, in JavaScript.
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const SEPARATORS = new Set([0x20, 0x09, 0x2d, 0x3000, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xff0d, 0x30fc, 0xff70, 0xfe63]);
const SERIAL_MAX = 20, CLAIM_LENGTH = 12, CHECK_LENGTH = 2, MODULUS = 1021;

function normalizeCode(text) {
  let out = "";
  for (const ch of text.trim()) {
    let cp = ch.codePointAt(0);
    if (SEPARATORS.has(cp)) continue;
    if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
    if (cp >= 0x61 && cp <= 0x7a) cp -= 0x20;
    out += String.fromCodePoint(cp);
  }
  return out;
}

function crockfordValue(ch) {
  const canonical = ch === "O" ? "0" : (ch === "I" || ch === "L") ? "1" : ch;
  const index = CROCKFORD.indexOf(canonical);
  return index < 0 ? null : index;
}

// What a typed code is: {state: "empty" | "bad-character" | "incomplete" |
// "too-long" | "typo" | "valid", code: the grouped code when valid}.
function checkRegistrationCode(text) {
  const typed = normalizeCode(text);
  if (typed.length === 0) return { state: "empty" };
  if (!/^[A-Z0-9]+$/.test(typed)) return { state: "bad-character" };
  const min = 1 + CLAIM_LENGTH + CHECK_LENGTH, max = SERIAL_MAX + CLAIM_LENGTH + CHECK_LENGTH;
  if (typed.length < min) return { state: "incomplete" };
  if (typed.length > max) return { state: "too-long" };
  const claimStart = typed.length - CLAIM_LENGTH - CHECK_LENGTH;
  const serial = typed.slice(0, claimStart);
  const claimValues = Array.from(typed.slice(claimStart, typed.length - CHECK_LENGTH), crockfordValue);
  const checkValues = Array.from(typed.slice(typed.length - CHECK_LENGTH), crockfordValue);
  if (claimValues.includes(null) || checkValues.includes(null)) return { state: "typo" };
  const claim = claimValues.map((v) => CROCKFORD[v]).join("");
  let sum = 0;
  Array.from(serial + claim).forEach((ch, i) => {
    const value = ch >= "0" && ch <= "9" ? ch.charCodeAt(0) - 0x30 : ch.charCodeAt(0) - 0x41 + 10;
    sum = (sum + (i + 1) * value) % MODULUS;
  });
  if (checkValues[0] * 32 + checkValues[1] !== sum) return { state: "typo" };
  const groups = claim.match(/.{4}/g).join("-");
  return { state: "valid", code: [serial, groups, CROCKFORD[checkValues[0]] + CROCKFORD[checkValues[1]]].join("-") };
}

if (typeof module !== "undefined") module.exports = { checkRegistrationCode, normalizeCode };

// --- The pages.
if (typeof document !== "undefined") document.addEventListener("DOMContentLoaded", () => {
  const T = JSON.parse((document.getElementById("remo-text") || { textContent: "{}" }).textContent);
  // A catalogue template filled as RemoCore fills it: {name}, {name|one|other}.
  const fill = (template, args) => (template || "").replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (all, name, one, other) => {
    if (!(name in args)) return all;
    if (one !== undefined) return args[name] === 1 ? one : other;
    return String(args[name]);
  });
  const $ = (id) => document.getElementById(id);
  const json = async (method, url, body) => {
    const response = await fetch(url, {
      method, credentials: "same-origin",
      headers: body ? { "Content-Type": "application/json", "Accept": "application/json" } : { "Accept": "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await response.json().catch(() => null);
    return { status: response.status, data };
  };
  const errorText = (result, fallback) => (result.data && result.data.error && result.data.error.message) || fallback;

  const logout = $("logout");
  if (logout) logout.addEventListener("click", async () => {
    await json("DELETE", "/api/v1/session");
    location.href = "/";
  });

  const login = $("login-form");
  if (login) login.addEventListener("submit", async (event) => {
    event.preventDefault();
    $("login-error").textContent = "";
    const result = await json("POST", "/api/v1/session", { email: $("email").value, password: $("password").value });
    if (result.status === 200) {
      const next = login.dataset.next || "";
      location.href = next.startsWith("/") && !next.startsWith("//") ? next : "/scan";
    } else {
      $("login-error").textContent = errorText(result, T.scriptReadFailed);
    }
  });

  if (document.body.dataset.page === "scan" && $("scan-form")) scanPage();
  if (document.body.dataset.page === "assign" && $("assign-form")) assignPage();

  function scanPage() {
    const labels = []; // {key, code, cameras, element}
    const list = $("label-list"), register = $("register"), typed = $("typed-code"), check = $("typed-check");
    const refresh = () => {
      $("labels-empty").hidden = labels.length > 0;
      register.disabled = labels.length === 0;
    };
    const addLabel = (code, serial, source, crop) => {
      const key = code.toUpperCase().replace(/[\s-]/g, "");
      if (labels.some((label) => label.key === key)) { $("decode-status").textContent = T.scriptDuplicate; return; }
      const element = $("label-template").content.firstElementChild.cloneNode(true);
      element.querySelector(".serial").textContent = serial || "";
      element.querySelector(".code").textContent = code;
      element.querySelector(".source").textContent = source || "";
      if (crop) crop(element.querySelector(".crop"));
      const label = { key, code, element };
      element.querySelector(".remove").addEventListener("click", () => {
        labels.splice(labels.indexOf(label), 1);
        element.remove();
        refresh();
      });
      labels.push(label);
      list.appendChild(element);
      refresh();
    };

    typed.addEventListener("input", () => {
      const result = checkRegistrationCode(typed.value);
      const messages = { "empty": "", "bad-character": T.scriptCodeBadCharacter, "incomplete": T.scriptCodeIncomplete,
        "too-long": T.scriptCodeTooLong, "typo": T.scriptCodeTypo, "valid": T.scriptCodeValid };
      check.textContent = messages[result.state];
      check.className = "check " + result.state;
      $("typed-add").disabled = result.state !== "valid";
    });
    $("typed-add").addEventListener("click", () => {
      const result = checkRegistrationCode(typed.value);
      if (result.state !== "valid") return;
      addLabel(result.code, result.code.split("-")[0], "", null);
      typed.value = "";
      typed.dispatchEvent(new Event("input"));
    });

    // A crop of the photo around a code's corners, drawn where the browser can decode the photo.
    const cropper = (file, corners) => async (canvas) => {
      try {
        const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
        const xs = corners.map((c) => c[0]), ys = corners.map((c) => c[1]);
        const margin = 0.25 * (Math.max(...xs) - Math.min(...xs));
        const x = Math.max(0, Math.min(...xs) - margin), y = Math.max(0, Math.min(...ys) - margin);
        const w = Math.min(bitmap.width - x, Math.max(...xs) - Math.min(...xs) + 2 * margin);
        const h = Math.min(bitmap.height - y, Math.max(...ys) - Math.min(...ys) + 2 * margin);
        const scale = Math.min(1, 160 / Math.max(w, h));
        canvas.width = Math.round(w * scale);
        canvas.height = Math.round(h * scale);
        canvas.getContext("2d").drawImage(bitmap, x, y, w, h, 0, 0, canvas.width, canvas.height);
        canvas.hidden = false;
      } catch (error) { canvas.hidden = true; }
    };

    $("photos").addEventListener("change", async (event) => {
      const files = Array.from(event.target.files || []);
      if (files.length === 0) return;
      const status = $("decode-status");
      status.textContent = T.scriptReading;
      const notes = [];
      for (let start = 0; start < files.length; start += 20) {
        const batch = files.slice(start, start + 20);
        const form = new FormData();
        batch.forEach((file) => form.append("photo", file, file.name));
        let response, data;
        try {
          response = await fetch("/api/v1/decode", { method: "POST", body: form, credentials: "same-origin", headers: { "Accept": "application/json" } });
          data = await response.json().catch(() => null);
        } catch (error) { status.textContent = T.scriptReadFailed; return; }
        if (response.status !== 200) { status.textContent = errorText({ data }, T.scriptReadFailed); return; }
        data.forEach((result, index) => {
          const file = batch[index];
          if (result.error) { notes.push(result.file + ": " + result.error); return; }
          if (result.codes.length === 0) { notes.push(result.file + ": " + T.scriptNoLabel); return; }
          result.codes.forEach((code) => {
            if (!code.payload) { notes.push(result.file + ": " + (code.payloadError || T.scriptNotALabel)); return; }
            addLabel(code.payload.registrationCode, code.payload.serial + " · " + code.payload.model, result.file, cropper(file, code.corners));
          });
        });
      }
      status.textContent = notes.join("\n");
      event.target.value = "";
    });

    // A live viewfinder where the browser has a QR detector (a secure page is needed for the camera).
    if ("BarcodeDetector" in window && navigator.mediaDevices && window.isSecureContext) {
      const start = $("live-start"), stop = $("live-stop"), video = $("viewfinder");
      let stream = null, timer = null;
      start.hidden = false;
      start.addEventListener("click", async () => {
        try {
          const detector = new BarcodeDetector({ formats: ["qr_code"] });
          stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
          video.srcObject = stream;
          video.hidden = false; start.hidden = true; stop.hidden = false;
          await video.play();
          timer = setInterval(async () => {
            const found = await detector.detect(video).catch(() => []);
            found.filter((code) => code.rawValue.toUpperCase().startsWith("REMO:"))
              .forEach((code) => addLabel(code.rawValue, "", T.liveScan, null));
          }, 400);
        } catch (error) { $("decode-status").textContent = T.scriptNoViewfinder; }
      });
      stop.addEventListener("click", () => {
        clearInterval(timer);
        if (stream) stream.getTracks().forEach((track) => track.stop());
        video.hidden = true; stop.hidden = true; start.hidden = false;
      });
    }

    const advice = {
      "registered": "adviceRegistered", "already-registered": "adviceAlreadyRegistered", "owned-elsewhere": "adviceOwnedElsewhere",
      "not-in-manifest": "adviceNotInManifest", "wrong-claim-code": "adviceWrongClaimCode", "pre-qr-unit": "advicePreQRUnit",
      "qr-unit": "adviceQRUnit",
      "no-license": document.body.dataset.admin === "true" ? "adviceNoLicenseAdmin" : "adviceNoLicense",
      "unreadable": "adviceUnreadable", "invalid-payload": "adviceInvalidPayload", "site-limit": "adviceSiteLimit",
      "unknown-recorder": "adviceUnknownRecorder", "too-many-attempts": "adviceTooManyAttempts",
      "store-failed": "adviceStoreFailed", "not-tried": "adviceNotTried",
    };
    register.addEventListener("click", async () => {
      const items = labels.map((label) => ({ code: label.code, cameras: Number(label.element.querySelector(".cameras").value || 1) }));
      const customer = $("customer").value;
      register.disabled = true;
      $("decode-status").textContent = T.scriptRegistering;
      let result;
      try {
        result = await json("POST", "/api/v1/registrations", { customer, site: $("site").value || "default", items });
      } catch (error) { $("decode-status").textContent = T.scriptRegisterFailed; register.disabled = false; return; }
      if (result.status !== 200) { $("decode-status").textContent = errorText(result, T.scriptRegisterFailed); register.disabled = false; return; }
      $("decode-status").textContent = "";
      const out = $("result-list");
      out.textContent = "";
      result.data.results.forEach((item) => {
        const li = document.createElement("li");
        li.className = "card result " + item.status;
        li.dataset.status = item.status;
        const head = document.createElement("p");
        head.className = "serial";
        head.textContent = item.serial || item.input;
        const message = document.createElement("p");
        message.className = "message";
        message.textContent = item.message;
        const todo = document.createElement("p");
        todo.className = "advice";
        todo.textContent = fill(T[advice[item.status]], { missing: item.missing || 0 });
        li.append(head, message, todo);
        (item.packs || []).forEach((pack) => {
          const line = document.createElement("p");
          line.className = "pack";
          line.textContent = fill(T.packsLine, pack);
          li.appendChild(line);
        });
        if (item.status === "no-license" && document.body.dataset.admin === "true") {
          const link = document.createElement("a");
          link.className = "button";
          link.href = "/admin/assign?customer=" + encodeURIComponent(customer);
          link.textContent = T.assignTitle || "Assign";
          li.appendChild(link);
        }
        out.appendChild(li);
      });
      $("results").hidden = false;
      labels.filter((label, index) => ["registered", "already-registered"].includes((result.data.results[index] || {}).status))
        .forEach((label) => label.element.remove());
      labels.splice(0, labels.length, ...labels.filter((label) => label.element.isConnected));
      refresh();
      $("results").scrollIntoView({ behavior: "smooth" });
    });
    refresh();
  }

  function assignPage() {
    const form = $("assign-form");
    const values = () => ({ customer: $("assign-customer").value, part: $("assign-part").value, count: Number($("assign-count").value || 0) });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      $("assign-result").textContent = "";
      const result = await json("POST", "/api/v1/assignments/preview", values());
      if (result.status !== 200) { $("assign-result").textContent = errorText(result, T.scriptReadFailed); return; }
      $("assign-question").textContent = result.data.question;
      $("assign-renewal").textContent = result.data.renewal || "";
      $("assign-renewal").hidden = !result.data.renewal;
      $("assign-preview").hidden = false;
    });
    $("assign-confirm").addEventListener("click", async () => {
      const result = await json("POST", "/api/v1/assignments", Object.assign(values(), { confirmed: true }));
      $("assign-preview").hidden = true;
      $("assign-result").textContent = result.status === 200 ? result.data.message : errorText(result, T.scriptReadFailed);
    });
  }
});
