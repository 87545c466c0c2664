#!/usr/bin/env python3
"""Self-test of the conformance servers and mappings, without any SDK.

Run under the harness:  python3 conformance/harness.py run -- python3 conformance/selftest.py
For every mapping file it resets WireMock, imports the file, sends with urllib the raw requests
a correct SDK sends (README.md), and checks the stubbed answers and the request journal. It also
checks that Prism accepts valid requests and rejects an invalid one. Ends with 'N passed, N failed'.
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import socket
import sys
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.client import HTTPException
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

import media

HERE = Path(__file__).resolve().parent
MAPPINGS = HERE / "mappings"
WIREMOCK = os.environ.get("SWITCHBOARD_WIREMOCK_URL", "")
PRISM = os.environ.get("SWITCHBOARD_PRISM_URL", "")
FOREIGN = os.environ.get("SWITCHBOARD_FOREIGN_URL", "")
BASE = WIREMOCK + "/v1"
SID = "AC0123456789abcdef0123456789abcdef"
ACC = f"/v1/accounts/{SID}"
BASIC = "Basic " + base64.b64encode(f"{SID}:token-secret".encode()).decode()
BYTES_256 = bytes(range(256))
TRACE_ID = "123e4567-e89b-12d3-a456-426614174000"
PET_ID = "5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10"
FORM = "application/x-www-form-urlencoded"

# Loopback only: never send these requests through an HTTP proxy from the environment.
urllib.request.install_opener(urllib.request.build_opener(urllib.request.ProxyHandler({})))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 - urllib's signature
        return None


NO_REDIRECTS = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects())


class Failed(AssertionError):
    pass


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def equal(actual, expected, what: str) -> None:
    expect(actual == expected, f"{what}: expected {expected!r}, got {actual!r}")


class Response:
    def __init__(self, status: int, headers, body: bytes):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            raise Failed(f"status {self.status}, not JSON: {self.body[:300]!r}") from None


def send(method: str, url: str, body: Optional[bytes] = None, headers: Optional[Dict[str, str]] = None,
         timeout: float = 10) -> Response:
    """One HTTP request; HTTP error statuses are returned, connection failures raise."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())


def admin(method: str, path: str, body: Optional[bytes] = None):
    answer = send(method, WIREMOCK + "/__admin" + path, body, {"Content-Type": "application/json"})
    expect(answer.status < 300, f"admin {method} {path} answered {answer.status}")
    return answer.json() if answer.body else None


def load_scenario(scenario: str) -> None:
    admin("POST", "/reset")
    admin("POST", "/mappings/import", (MAPPINGS / f"{scenario}.json").read_bytes())


def journal() -> List[dict]:
    """The requests WireMock received, oldest first (the admin API lists newest first)."""
    return [entry["request"] for entry in reversed(admin("GET", "/requests")["requests"])]


def header(request: dict, name: str) -> Optional[str]:
    for key, value in request["headers"].items():
        if key.lower() == name.lower():
            return value
    return None


def raw_body(request: dict) -> bytes:
    return base64.b64decode(request.get("bodyAsBase64", ""))


def media_type(value: Optional[str]) -> str:
    return (value or "").split(";")[0].strip().lower()


def seen(count: int) -> List[dict]:
    """The journal, checked to hold exactly `count` requests."""
    requests = journal()
    lines = [f"{r['method']} {r['url']}" for r in requests]
    expect(len(requests) == count, f"expected {count} request(s) in the journal, got {lines}")
    return requests


# --- scenarios against WireMock -------------------------------------------------------------

def s01():
    answer = send("GET", BASE + "/health")
    equal((answer.status, media_type(answer.headers["Content-Type"]), answer.body),
          (200, "text/plain", b"ok"), "response")
    [request] = seen(1)
    equal((request["method"], request["url"]), ("GET", "/v1/health"), "request")
    equal(header(request, "Authorization"), None, "Authorization header")


def s02():
    answer = send("GET", BASE + f"/accounts/{SID}", headers={"Authorization": BASIC})
    equal((answer.status, answer.headers["X-RateLimit-Remaining"]), (200, "7"), "status, rate limit")
    equal(answer.json()["sid"], SID, "account sid")
    [request] = seen(1)
    equal((request["method"], request["url"], header(request, "Authorization")),
          ("GET", ACC, BASIC), "request")


def s03():
    sid = "AC00000000000000000000000000000404"
    answer = send("GET", BASE + f"/accounts/{sid}", headers={"Authorization": BASIC})
    equal(answer.status, 404, "status")
    equal(answer.body, ('{"code":20404,"message":"The requested resource /v1/accounts/' + sid
                        + ' was not found","more_info":"https://www.kitchensink.test/docs/errors/20404",'
                        '"status":404}').encode(), "raw body")
    equal(seen(1)[0]["url"], f"/v1/accounts/{sid}", "path")


S04_FORM = (b"FriendlyName=Ops+Team&Status=suspended&StatusCallbackEvent=initiated"
            b"&StatusCallbackEvent=ringing&StatusCallbackEvent=completed&VoiceEnabled=false")


def s04():
    answer = send("POST", BASE + f"/accounts/{SID}", S04_FORM,
                  {"Authorization": BASIC, "Content-Type": FORM})
    account = answer.json()
    equal((answer.status, account["friendly_name"], account["status"]),
          (200, "Ops Team", "suspended"), "echoed account")
    equal(account["subresource_uris"]["form"], S04_FORM.decode(), "echoed form body")
    [request] = seen(1)
    equal((request["method"], request["url"], raw_body(request)), ("POST", ACC, S04_FORM), "request")
    equal(media_type(header(request, "Content-Type")), FORM, "Content-Type")


def s05():
    answer = send("DELETE", BASE + f"/accounts/{SID}", headers={"Authorization": BASIC})
    equal((answer.status, answer.body), (204, b""), "response")
    equal(seen(1)[0]["method"], "DELETE", "method")


def s06():
    url, sids, pages = BASE + f"/accounts/{SID}/messages?PageSize=2", [], 0
    while url:
        page = send("GET", url, headers={"Authorization": BASIC}).json()
        sids += [m["sid"] for m in page["messages"]]
        url, pages = page["meta"]["next_page_url"], pages + 1
        expect(pages <= 3, "more than three pages")
        expect(url is None or url.startswith(WIREMOCK + "/v1/"), f"next_page_url {url}")
    equal(sids, ["SM001", "SM002", "SM003", "SM004", "SM005"], "messages")
    equal([r["url"] for r in seen(3)],
          [f"{ACC}/messages?PageSize=2", f"{ACC}/messages?PageSize=2&Page=1&PageToken=PASM002",
           f"{ACC}/messages?PageSize=2&Page=2&PageToken=PASM004"], "page URLs")


def s07():
    query = "DateSent%3E=2026-01-02T03:04:05Z&Status=queued"
    page = send("GET", BASE + f"/accounts/{SID}/messages?{query}", headers={"Authorization": BASIC}).json()
    equal([m["status"] for m in page["messages"]], ["queued"], "messages")
    [request] = seen(1)
    equal(request["url"], f"{ACC}/messages?{query}", "raw URL")
    equal(request["queryParams"]["DateSent>"]["values"], ["2026-01-02T03:04:05Z"], "decoded DateSent>")


S08_FORM = (b"To=%2B15551230001&Body=Hello+%26+welcome"
            b"&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fa.png"
            b"&MediaUrl=https%3A%2F%2Fcdn.kitchensink.test%2Fb.png")


def create_message(form: bytes, key: str) -> Response:
    return send("POST", BASE + f"/accounts/{SID}/messages", form,
                {"Authorization": BASIC, "Content-Type": FORM, "Idempotency-Key": key})


def s08():
    for key in ("order-42", str(uuid.uuid4())):  # the caller's key, then one the SDK generated
        answer = create_message(S08_FORM, key)
        equal((answer.status, answer.json()["sid"], answer.json()["body"]),
              (201, "SM100", "Hello & welcome"), "created message")
    given, generated = seen(2)
    equal((raw_body(given), header(given, "Idempotency-Key")), (S08_FORM, "order-42"), "request")
    expect(header(generated, "Idempotency-Key") not in (None, "", "order-42"), "generated key")


def s09():
    first = create_message(b"To=%2B15551230001&Body=retry+me", "k-s09")
    equal((first.status, first.headers["Retry-After"]), (503, "1"), "first answer")
    time.sleep(int(first.headers["Retry-After"]))
    second = create_message(b"To=%2B15551230001&Body=retry+me", "k-s09")
    equal((second.status, second.json()["sid"]), (201, "SM109"), "second answer")
    one, two = seen(2)
    equal(header(two, "Idempotency-Key"), header(one, "Idempotency-Key"), "same Idempotency-Key")
    gap = (two["loggedDate"] - one["loggedDate"]) / 1000
    expect(0.9 <= gap < 3, f"retry came {gap:.2f} s after the 503")


def s10():
    statuses = []
    for attempt in range(3):  # the first try and the default two retries
        answer = create_message(b"To=%2B15551230001&Body=finally", "k-s10")
        statuses.append((answer.status, answer.headers["Retry-After"]))
        if attempt < 2:
            time.sleep(int(answer.headers["Retry-After"]))
    equal(statuses, [(429, "1")] * 3, "answers")
    equal(len(seen(3)), 3, "requests")
    equal(create_message(b"To=x", "k").status, 429, "fourth answer")
    equal(create_message(b"To=x", "k").status, 201, "fifth answer")


def s11():
    answer = create_message(b"To=not-a-number", "k-s11")
    equal(answer.status, 422, "status")
    equal([f["name"] for f in answer.json()["fields"]], ["To"], "fields[].name")
    equal(len(seen(1)), 1, "requests")


def s12():
    answer = send("GET", BASE + f"/accounts/{SID}/messages/SM012", headers={"Authorization": BASIC})
    equal(answer.json()["status"], "scheduled-v2", "status")
    equal(seen(1)[0]["url"], f"{ACC}/messages/SM012", "path")


def s13():
    answer = send("GET", BASE + f"/accounts/{SID}/messages/MM%20a%2Fb%3Fc", headers={"Authorization": BASIC})
    equal((answer.status, answer.json()["sid"]), (200, "MM a/b?c"), "response")
    equal(seen(1)[0]["url"], f"{ACC}/messages/MM%20a%2Fb%3Fc", "raw path")


def s14():
    query, ids, cursor = "status=queued&status=ringing&fields=id,status", [], None
    headers = {"Authorization": BASIC, "X-Request-Trace": TRACE_ID}
    while True:
        prefix = f"cursor={cursor}&" if cursor else ""
        page = send("GET", BASE + f"/calls?{prefix}{query}", headers=headers).json()
        ids += [c["id"] for c in page["data"]]
        if not page["has_more"]:
            break
        cursor = page["next_cursor"]
    equal(ids, [1001, 1002, 1003], "call ids")
    requests = seen(2)
    equal([r["url"] for r in requests], [f"/v1/calls?{query}", f"/v1/calls?cursor=cur_2&{query}"], "URLs")
    equal([header(r, "X-Request-Trace") for r in requests], [TRACE_ID] * 2, "X-Request-Trace")
    equal(requests[0]["queryParams"]["status"]["values"], ["queued", "ringing"], "decoded status")


S15_NULL = b'{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993,"caller_name":null}'
S15_UNSET = b'{"to":"+15551230001","from":"+15559870000","correlation_id":9007199254740993}'


def s15():
    for body in (S15_NULL, S15_UNSET):
        answer = send("POST", BASE + "/calls", body,
                      {"Authorization": BASIC, "Content-Type": "application/json"})
        call = answer.json()
        equal((answer.status, call["to"], call["metadata"]), (201, "+15551230001", json.loads(body)),
              "echoed call")
        expect(b'"correlation_id":9007199254740993' in answer.body, "int64 echoed exactly")
    equal([raw_body(r) for r in seen(2)], [S15_NULL, S15_UNSET], "request bodies")


def s16():
    answer = send("GET", BASE + "/calls/9007199254740993", headers={"Authorization": BASIC})
    expect(b'"id":9007199254740993' in answer.body, "raw id")
    equal(answer.json()["id"], 9007199254740993, "id")
    equal(seen(1)[0]["url"], "/v1/calls/9007199254740993", "path")


def multipart(boundary: str, parts: List[Tuple[str, Optional[str], Optional[str], bytes]]) -> bytes:
    out = b""
    for name, filename, content_type, data in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        out += (f"Content-Type: {content_type}\r\n" if content_type else "").encode() + b"\r\n" + data + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def parse_multipart(content_type: str, body: bytes) -> List[Tuple[Dict[str, str], bytes]]:
    """Parts as (lower-cased headers, bytes); what a suite does with WireMock's bodyAsBase64."""
    boundary = content_type.split("boundary=")[1].strip('"').encode()
    parts = []
    for chunk in body.split(b"--" + boundary)[1:-1]:
        head, _, data = chunk[2:].partition(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n"))
        parts.append(({k.lower(): v for k, v in headers.items()}, data[:-2]))
    return parts


def s17():
    body = multipart("sbBoundary", [("file", "greeting.wav", "audio/wav", BYTES_256),
                                    ("label", None, None, b"greeting"),
                                    ("tags", None, None, b"intro"), ("tags", None, None, b"en")])
    answer = send("POST", BASE + "/calls/42/recordings", body,
                  {"Authorization": BASIC, "Content-Type": "multipart/form-data; boundary=sbBoundary"})
    checksum = base64.b64encode(hashlib.sha256(BYTES_256).digest()).decode()
    equal((answer.status, answer.json()["checksum"]), (201, checksum), "recording")
    [request] = seen(1)
    parts = parse_multipart(header(request, "Content-Type"), raw_body(request))
    equal([(h["content-disposition"], h.get("content-type"), d) for h, d in parts],
          [('form-data; name="file"; filename="greeting.wav"', "audio/wav", BYTES_256),
           ('form-data; name="label"', None, b"greeting"), ('form-data; name="tags"', None, b"intro"),
           ('form-data; name="tags"', None, b"en")], "parts")


def s18():
    answer = send("GET", BASE + "/recordings/RE0123/media", headers={"X-Api-Key": "key-123"})
    equal((answer.status, media_type(answer.headers["Content-Type"])), (200, "audio/wav"), "response")
    equal((len(answer.body), hashlib.sha256(answer.body).hexdigest()), (media.SIZE, media.SHA256), "bytes")
    [request] = seen(1)
    equal((header(request, "X-Api-Key"), header(request, "Authorization")), ("key-123", None), "credentials")


def s19():
    answer = send("PUT", BASE + "/recordings/RE0123/media", BYTES_256,
                  {"Authorization": BASIC, "Content-Type": "application/octet-stream"})
    equal(answer.status, 204, "status")
    [request] = seen(1)
    equal((media_type(header(request, "Content-Type")), raw_body(request)),
          ("application/octet-stream", BYTES_256), "request")


def s20():
    pets, offset = [], None
    while True:
        query = f"offset={offset}&limit=2" if offset is not None else "limit=2"
        page = send("GET", BASE + f"/pets?{query}", headers={"Authorization": BASIC}).json()
        pets += page["pets"]
        offset = (offset or 0) + len(page["pets"])
        if len(page["pets"]) < 2 or offset >= page["total"]:
            break
    equal([p["pet_type"] for p in pets], ["cat", "dog", "lizard", "hamster", "cat"], "pet kinds")
    equal(pets[4]["friends"][0]["name"], "Buddy", "recursive friend")
    equal([r["url"] for r in seen(3)], ["/v1/pets?limit=2", "/v1/pets?offset=2&limit=2",
                                       "/v1/pets?offset=4&limit=2"], "URLs")
    equal(send("GET", BASE + "/pets?offset=0&limit=2").json()["pets"][0]["name"], "Tom", "offset=0")
    equal(send("GET", BASE + "/pets?offset=6&limit=2").json()["pets"], [], "past the end")


S21_DOG = b'{"id":"5b0f2c1e-8d1a-4c39-9a57-2f6f0c4b7e10","name":"Rex","pet_type":"dog","good_boy":true,"breed":null}'


def echo_check(path: str, body: bytes, status: int):
    answer = send("POST", BASE + path, body, {"Authorization": BASIC, "Content-Type": "application/json"})
    equal((answer.status, answer.body), (status, body), "echo")
    [request] = seen(1)
    equal((request["url"], raw_body(request)), ("/v1" + path, body), "request")


def s21():
    echo_check("/pets", S21_DOG, 201)


def s22():
    owner = send("GET", BASE + f"/pets/{PET_ID}/owner", headers={"Authorization": BASIC}).json()
    equal((owner["legal_name"], owner["parent"]["parent"]["legal_name"]),
          ("Kitchen Sink Pets Ltd", "Kitchen Sink Group"), "organisation")
    expect("given_name" not in owner, "not a person")


S23_WORDS = ('{"class":"v-class","def":"v-def","from":"v-from","import":"v-import","package":"v-package",'
             '"func":"v-func","type":"v-type","interface":"v-interface","default":"v-default","async":true,'
             '"await":false,"yield":3,"self":"v-self","this":"v-this","new":true,"delete":false,'
             '"None":"v-None","nil":"v-nil","null":"v-null","true":true,"range":"v-range","select":"v-select",'
             '"chan":"v-chan","go":"v-go","fn":"v-fn","match":"v-match","content-type":"v-content-type",'
             '"@id":"v-@id","$schema":"v-$schema","snake_case":"v-snake_case","camelCase":"v-camelCase",'
             '"PascalCase":"v-PascalCase","SCREAMING_CASE":"v-SCREAMING_CASE","with space":"v-with space",'
             '"ünïcödé":"v-ünïcödé"}').encode()


def s23():
    echo_check("/misc/reserved-words", S23_WORDS, 200)


def s24():
    answer = send("GET", BASE + "/misc/maps", headers={"Authorization": BASIC})
    usage = answer.json()
    equal((usage["kind"], usage["counters"]["sms"], usage["counters"]["negative"]),
          ("usage", 9007199254740993, -9007199254740993), "counters")
    equal(usage["raw"], {"nested": [1, "two", None, True, {"deep": []}], "n": -0.5}, "raw")
    equal((usage["by_category"]["voice"], usage["empty"]), ({}, {}), "empty maps")


def s25():
    request = urllib.request.Request(BASE + "/misc/events",
                                     headers={"Authorization": BASIC, "Accept": "text/event-stream"})
    events, first_at, data = [], None, []
    with urllib.request.urlopen(request, timeout=10) as stream:
        equal(media_type(stream.headers["Content-Type"]), "text/event-stream", "Content-Type")
        for line in iter(stream.readline, b""):
            line = line.rstrip(b"\n")
            if line.startswith(b"data:"):
                data.append(line[5:].strip())
            elif not line and data:
                events.append(json.loads(b"\n".join(data)))
                data, first_at = [], first_at or time.monotonic()
        closed_at = time.monotonic()
    equal([e["MessageStatus"] for e in events], ["queued", "sent", "undelivered"], "events")
    expect(closed_at - first_at > 0.05, "events arrived together, not as a stream")


def s26():
    try:
        send("GET", BASE + "/calls/1026", headers={"Authorization": BASIC})
        raise Failed("first GET was answered")
    except (urllib.error.URLError, HTTPException, ConnectionError):
        pass
    equal(send("GET", BASE + "/calls/1026", headers={"Authorization": BASIC}).json()["id"], 1026, "retried GET")
    try:
        send("POST", BASE + "/calls", S15_UNSET, {"Authorization": BASIC, "Content-Type": "application/json"})
        raise Failed("POST was answered")
    except (urllib.error.URLError, HTTPException, ConnectionError):
        pass
    equal([r["method"] for r in seen(3)], ["GET", "GET", "POST"], "requests")


def s27():
    started = time.monotonic()
    try:
        send("GET", BASE + "/health", timeout=1)
        raise Failed("slow response arrived within the timeout")
    except (socket.timeout, TimeoutError, urllib.error.URLError):
        pass
    elapsed = time.monotonic() - started
    expect(0.9 <= elapsed < 2, f"timed out after {elapsed:.2f} s")
    equal(len(seen(1)), 1, "requests")


def s29():
    for _ in range(3):  # region ie1, default region, base URL override: all reach /v1/health
        equal(send("GET", BASE + "/health").body, b"ok", "body")
    equal([r["url"] for r in seen(3)], ["/v1/health"] * 3, "paths")


def s30():
    for authorization in (BASIC, "Bearer bearer-token"):
        answer = send("GET", BASE + f"/accounts/{SID}", headers={"Authorization": authorization})
        equal(answer.status, 200, "status")
    equal([header(r, "Authorization") for r in seen(2)], [BASIC, "Bearer bearer-token"], "Authorization")


def s40():
    answer = send("GET", BASE + f"/accounts/{SID}", headers={"Authorization": BASIC})
    equal((answer.status, media_type(answer.headers["Content-Type"])), (200, "application/json"), "status")
    body = answer.json()
    expect("friendly_name" not in body, "friendly_name must be missing")
    equal((body["2fa_enabled"], body["subresource_uris"], body["region"]),
          ("maybe", [f"{ACC}/messages"], "eu-west"), "mismatched and unknown properties")
    broken = send("GET", BASE + "/accounts/AC00000000000000000000000000000040", headers={"Authorization": BASIC})
    equal((broken.status, broken.body), (200, b'{"sid": "AC000'), "undecodable body")
    try:
        json.loads(broken.body)
        raise Failed("the second body must not be JSON")
    except json.JSONDecodeError:
        pass
    equal([(r["method"], r["url"]) for r in seen(2)],
          [("GET", ACC), ("GET", "/v1/accounts/AC00000000000000000000000000000040")], "requests")


# --- Prism (S28) ----------------------------------------------------------------------------

def prism(method: str, path: str, body: Optional[bytes] = None, content_type: Optional[str] = None,
          auth: Optional[Dict[str, str]] = None) -> Response:
    headers = dict({"Authorization": BASIC} if auth is None else auth)
    if content_type:
        headers["Content-Type"] = content_type
    return send(method, PRISM + path, body, headers)


def prism_valid_requests() -> List[Tuple[str, Callable[[], Response]]]:
    acc = f"/accounts/{SID}"
    upload = multipart("sbBoundary", [("file", "greeting.wav", "audio/wav", BYTES_256),
                                      ("label", None, None, b"greeting")])
    return [
        ("getHealth", lambda: prism("GET", "/health", auth={})),
        ("fetchAccount", lambda: prism("GET", acc)),
        ("fetchAccount bearer", lambda: prism("GET", acc, auth={"Authorization": "Bearer bearer-token"})),
        ("updateAccount", lambda: prism("POST", acc, S04_FORM, FORM)),
        ("deleteAccount", lambda: prism("DELETE", acc)),
        ("listMessages", lambda: prism("GET", acc + "/messages?DateSent%3E=2026-01-02T03:04:05Z&Status=queued&PageSize=2")),
        ("createMessage", lambda: prism("POST", acc + "/messages", S08_FORM, FORM)),
        ("fetchMessage", lambda: prism("GET", acc + "/messages/MM%20a%2Fb%3Fc")),
        ("listCalls", lambda: prism("GET", "/calls?limit=2&status=queued&status=ringing&fields=id,status")),
        ("createCall", lambda: prism("POST", "/calls", S15_NULL.replace(b"9007199254740993", b"42"), "application/json")),
        ("fetchCall", lambda: prism("GET", "/calls/1001")),
        ("uploadRecording", lambda: prism("POST", "/calls/42/recordings", upload, "multipart/form-data; boundary=sbBoundary")),
        ("downloadRecordingMedia", lambda: prism("GET", "/recordings/RE0123/media", auth={"X-Api-Key": "key-123"})),
        ("replaceRecordingMedia", lambda: prism("PUT", "/recordings/RE0123/media", BYTES_256, "application/octet-stream")),
        ("listPets", lambda: prism("GET", "/pets?offset=0&limit=2")),
        ("fetchPetOwner", lambda: prism("GET", f"/pets/{PET_ID}/owner")),
        ("POST /misc/reserved-words", lambda: prism("POST", "/misc/reserved-words", S23_WORDS, "application/json")),
        ("getUsageMaps", lambda: prism("GET", "/misc/maps")),
        ("streamEvents", lambda: prism("GET", "/misc/events")),
    ]


def s28_valid():
    failures = []
    for name, call in prism_valid_requests():
        answer = call()
        if not 200 <= answer.status < 300 or answer.headers.get("sl-violations"):
            failures.append(f"{name}: {answer.status} {answer.headers.get('sl-violations') or answer.body[:200]!r}")
    expect(not failures, "Prism rejected valid requests:\n    " + "\n    ".join(failures))


def s28_invalid():
    answer = prism("POST", f"/accounts/{SID}/messages", b"Body=hi", FORM)
    equal(answer.status, 422, "status without To")
    violations = json.loads(answer.headers.get("sl-violations") or "[]")
    equal([(v["location"], v["code"]) for v in violations], [(["request", "body"], "required")], "violations")
    expect("'To'" in violations[0]["message"], "violation names To")
    equal(prism("GET", "/calls/9007199254740993").status, 422, "int64 above 2^53-1 (Prism limit)")
    equal(prism("GET", "/health", auth={}).status, 200, "no credentials on getHealth")
    equal(prism("GET", f"/accounts/{SID}", auth={}).status, 401, "no credentials on fetchAccount")


def s28_create_pet_limit():
    """Prism cannot validate the Pet oneOf (variants overlap without the discriminator)."""
    answer = prism("POST", "/pets", S21_DOG, "application/json")
    equal(answer.status, 422, "status")
    equal([(v["location"], v["code"]) for v in answer.json()["validation"]], [(["body"], "oneOf")], "violations")


def s28_no_v1_prefix():
    equal(prism("GET", "/v1/health", auth={}).status, 404, "Prism with the /v1 prefix")


# --- S31-S36: links, redirects, path dots, bad bodies, bad headers ---------------------------

def s31():
    edge, sids, urls = WIREMOCK + "/edge/v1", [], []
    url = edge + f"/accounts/{SID}/messages?PageSize=2"
    while url:
        urls.append(url[len(WIREMOCK):])
        page = send("GET", url, headers={"Authorization": BASIC}).json()
        sids += [m["sid"] for m in page["messages"]]
        link = page["meta"]["next_page_url"]
        if link is None:
            break
        api = "https://us1.api.kitchensink.test/v1"
        url = edge + link[len(api):] if link.startswith(api) else urllib.parse.urljoin(url, link)
        expect(len(urls) <= 3, "more than three pages")
    equal(sids, ["SM311", "SM312", "SM313", "SM314", "SM315"], "messages")
    equal([r["url"] for r in seen(3)], urls, "page URLs")
    equal(urls, [f"/edge{ACC}/messages?PageSize=2", f"/edge{ACC}/messages?PageSize=2&Page=1&PageToken=PA312",
                 f"/edge{ACC}/messages?PageSize=2&Page=2&PageToken=PA314"], "rebased URLs")


def s32():
    first = send("GET", BASE + f"/accounts/{SID}/messages?PageSize=2", headers={"Authorization": BASIC}).json()
    link = first["meta"]["next_page_url"]
    equal(link, FOREIGN + f"{ACC}/messages?PageSize=2&Page=1&PageToken=PF322", "absolute foreign link")
    relative = send("GET", BASE + f"/accounts/{SID}/messages?PageSize=3").json()["meta"]["next_page_url"]
    equal(relative, "//" + FOREIGN[len("http://"):] + f"{ACC}/messages?PageSize=3&Page=1&PageToken=PF322",
          "scheme-relative foreign link")
    second = send("GET", link).json()
    equal([m["sid"] for m in second["messages"]], ["SM323"], "page through the foreign origin")
    requests = seen(3)
    equal([header(r, "X-Switchboard-Foreign") for r in requests], [None, None, "1"], "foreign mark")
    equal(header(requests[2], "Authorization"), None, "no credentials sent to the foreign origin")


def s33():
    moved = send_once("GET", BASE + f"/accounts/{SID}", {"Authorization": BASIC})
    equal((moved.status, moved.headers["Location"]), (307, FOREIGN + f"/v1/landing/accounts/{SID}"), "(a)")
    equal(send("GET", moved.headers["Location"]).json()["sid"], SID, "(a) landing through the foreign origin")
    media = send_once("GET", BASE + "/recordings/RE0330/media", {"X-Api-Key": "key-123"})
    equal((media.status, media.headers["Location"]), (302, FOREIGN + "/v1/landing/recordings/RE0330/media"), "(b)")
    equal(send("GET", media.headers["Location"]).body, b"RIFF-landed", "(b) landing")
    same = send_once("GET", BASE + "/accounts/AC00000000000000000000000000000308", {"Authorization": BASIC})
    equal((same.status, same.headers["Location"]), (308, f"/v1/landing/accounts/{SID}"), "(c)")
    other = send_once("POST", BASE + f"/accounts/{SID}/messages", {"Authorization": BASIC}, b"To=%2B15551230001")
    equal((other.status, other.headers["Location"]), (303, f"{ACC}/messages/SM333"), "(d)")
    equal(send("GET", WIREMOCK + other.headers["Location"]).json()["sid"], "SM333", "(d) see other")
    loop = send_once("GET", BASE + f"/accounts/{SID}/messages/SMloop", {})
    equal((loop.status, loop.headers["Location"]), (302, f"{ACC}/messages/SMloop"), "(e)")
    requests = seen(8)
    equal([header(r, "X-Switchboard-Foreign") for r in requests],
          [None, "1", None, "1", None, None, None, None], "foreign mark")


def send_once(method: str, url: str, headers: Dict[str, str], body: Optional[bytes] = None) -> Response:
    """One request whose redirect is returned, not followed."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with NO_REDIRECTS.open(request, timeout=10) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())


def s34():
    three = send("GET", BASE + f"/accounts/{SID}/messages/...", headers={"Authorization": BASIC})
    equal((three.status, three.json()["sid"]), (200, "..."), "three dots")
    encoded = send("GET", BASE + f"/accounts/{SID}/messages/%252E%252E", headers={"Authorization": BASIC})
    equal((encoded.status, encoded.json()["sid"]), (200, "%2E%2E"), "percent-encoded dots")
    equal([r["url"] for r in seen(2)], [f"{ACC}/messages/...", f"{ACC}/messages/%252E%252E"], "raw paths")


def s35():
    account = send("GET", BASE + f"/accounts/{SID}")
    equal(account.status, 200, "(a) status")
    expect(not is_json(account.body), "(a) body is malformed JSON")
    page = send("GET", BASE + "/calls")
    expect(page.status == 200 and not is_json(page.body), "(b) page body is malformed JSON")
    for call, status in ((3503, 200), (3504, 404)):
        deep = send("GET", BASE + f"/calls/{call}")
        equal((deep.status, len(deep.body)), (status, 100002), f"({'c' if status == 200 else 'd'}) deep body")
        equal(deep.body, b"[" * 50001 + b"]" * 50001, "nesting")
    events = send("GET", BASE + "/misc/events")
    equal(events.body, b'data: {"MessageSid":"SM035","MessageStatus":"queued"}\n\ndata: {"MessageSid":\n\n', "(e)")
    seen(5)


def is_json(body: bytes) -> bool:
    try:
        json.loads(body)
        return True
    except ValueError:
        return False


def s36():
    equal(send("GET", BASE + "/calls").json()["data"], [], "a listCalls that was sent")
    seen(1)


# --- runner ---------------------------------------------------------------------------------

# --- S41-S44: pagination found without x-pagination -----------------------------------------

def walk_pages(first: str, next_url: Callable[[Response, str], Optional[str]], items: Callable[[object], list]) -> List[str]:
    """Follows pages from `first` as an SDK would; returns the item ids."""
    url, ids, pages = first, [], 0
    while url:
        answer = send("GET", url, headers={"Authorization": BASIC})
        equal(answer.status, 200, f"status of {url}")
        ids += [item["id"] for item in items(answer.json())]
        url, pages = next_url(answer, url), pages + 1
        expect(pages <= 3, "more than three pages")
    return ids


def next_link(answer: Response, url: str) -> Optional[str]:
    for link in (answer.headers.get("Link") or "").split(","):
        target, _, params = link.partition(";")
        if 'rel="next"' in params:
            return target.strip()[1:-1]
    return None


def query_of(requests: List[dict]) -> List[Dict[str, List[str]]]:
    return [{k: v["values"] for k, v in sorted(r.get("queryParams", {}).items())} for r in requests]


def s41():
    ids = walk_pages(BASE + "/listings/contacts?per_page=2", next_link, lambda body: body)
    equal(ids, ["CT001", "CT002", "CT003", "CT004", "CT005"], "contacts")
    requests = seen(3)
    equal([r["url"] for r in requests], ["/v1/listings/contacts?per_page=2", "/v1/listings/contacts?per_page=2&page=2",
                                         "/v1/listings/contacts?per_page=2&page=3"], "page URLs")
    expect(all(header(r, "Authorization") == BASIC for r in requests), "every page sends Authorization")


def s42():
    def after(answer: Response, url: str) -> Optional[str]:
        body = answer.json()
        return BASE + "/listings/charges?limit=2&starting_after=" + body["data"][-1]["id"] if body["has_more"] else None
    ids = walk_pages(BASE + "/listings/charges?limit=2", after, lambda body: body["data"])
    equal(ids, ["ch_001", "ch_002", "ch_003", "ch_004", "ch_005"], "charges")
    equal(query_of(seen(3)), [{"limit": ["2"]}, {"limit": ["2"], "starting_after": ["ch_002"]},
                              {"limit": ["2"], "starting_after": ["ch_004"]}], "queries")


def s59():
    def after(answer: Response, url: str) -> Optional[str]:
        body = answer.json()
        return BASE + "/listings/charges?limit=2&starting_after=" + body["data"][-1]["id"] if body["has_more"] else None
    ids = walk_pages(BASE + "/listings/charges?limit=2", after, lambda body: body["data"])
    equal(ids, ["ch_001", "ch_002", "ch_003", "ch_004", "ch_005", "ch_006"], "charges")
    equal(query_of(seen(3)), [{"limit": ["2"]}, {"limit": ["2"], "starting_after": ["ch_002"]},
                              {"limit": ["2"], "starting_after": ["ch_004"]}], "queries")


def s60():
    first = send("GET", BASE + f"/accounts/{SID}", headers={"Authorization": BASIC})
    equal((first.status, first.headers["Retry-After"]), (503, "0"), "first answer")
    second = send("GET", BASE + f"/accounts/{SID}", headers={"Authorization": BASIC})
    equal((second.status, second.json()["owner_email"]), (200, "jenny.rosen@example.com"), "second answer")
    media = send("GET", BASE + "/recordings/RE0123/media", headers={"X-Api-Key": "key-123"})
    equal((media.status, media.body), (200, b"RIFF"), "media")
    equal([r["url"] for r in seen(3)], [ACC, ACC, "/v1/recordings/RE0123/media"], "requests")
    message = send("POST", BASE + f"/accounts/{SID}/messages", b"To=%2B15551230001&Body=hello",
                   {"Authorization": BASIC, "Content-Type": "application/x-www-form-urlencoded"})
    equal((message.status, message.json()["to"]), (201, "+15551230001"), "S61 message")


def s43():
    def token(answer: Response, url: str) -> Optional[str]:
        next_token = answer.json()["next_page_token"]
        return BASE + "/listings/notes?page_size=2&page_token=" + next_token if next_token else None
    ids = walk_pages(BASE + "/listings/notes?page_size=2", token, lambda body: body["notes"])
    equal(ids, ["NT001", "NT002", "NT003", "NT004", "NT005"], "notes")
    equal(query_of(seen(3)), [{"page_size": ["2"]}, {"page_size": ["2"], "page_token": ["tok-2"]},
                              {"page_size": ["2"], "page_token": ["tok-3"]}], "queries")


def s44():
    def numbered(answer: Response, url: str) -> Optional[str]:
        if len(answer.json()) < 2:
            return None
        page = int(urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).get("page", ["1"])[0])
        return BASE + f"/listings/tags?per_page=2&page={page + 1}"
    ids = walk_pages(BASE + "/listings/tags?per_page=2", numbered, lambda body: body)
    equal(ids, ["TG001", "TG002", "TG003", "TG004", "TG005"], "tags")
    equal(query_of(seen(3)), [{"per_page": ["2"]}, {"page": ["2"], "per_page": ["2"]},
                              {"page": ["3"], "per_page": ["2"]}], "queries")
    equal(send("GET", BASE + "/listings/tags?per_page=2&page=4", headers={"Authorization": BASIC}).json(), [],
          "page 4 (an SDK must not ask for it)")


def s50():
    for agent in ("kitchen-sink/1.0.0 python/3.11.9", "@kitchen-sink/sdk/1.0.0 node/20.11.0", "kitchen-sink/1.0.0 java/17.0.9",
                  "kitchen-sink-sdk/1.0.0 go/1.23.4"):
        answer = send("GET", BASE + "/health", headers={"User-Agent": agent})
        equal((answer.status, answer.body), (200, b"ok"), f"User-Agent {agent}")
    for agent in ("kitchen-sink-java/1.0.0", "twilio-java/0.1.0", "node", "kitchen-sink/1.0.0 python/3.11 httpx/0.27",
                  "kitchen-sink-sdk/0.1.0 go/1.23.4"):
        equal(send("GET", BASE + "/health", headers={"User-Agent": agent}).status, 404, f"User-Agent {agent}")


def post_intent(path: str, form: bytes, key: Optional[str] = None) -> Response:
    headers = {"Authorization": BASIC, "Content-Type": "application/x-www-form-urlencoded"}
    if key is not None:
        headers["Idempotency-Key"] = key
    return send("POST", BASE + path, form, headers)


def s45():
    answer = post_intent("/payment_intents", b"amount=2000&currency=usd&payment_method_types%5B0%5D=card")
    equal((answer.status, answer.json()["id"]), (200, "pi_045"), "answer")
    equal(raw_body(seen(1)[0]), b"amount=2000&currency=usd&payment_method_types%5B0%5D=card", "journaled form")


def s46():
    answer = post_intent("/payment_intents/pi_046", b"labels=gift%7Crush")
    equal((answer.status, answer.json()["status"]), (200, "processing"), "answer")
    seen(1)


def s47():
    first = post_intent("/payment_intents", b"amount=500&currency=eur", "k-s47")
    equal((first.status, first.headers["Retry-After"]), (503, "1"), "first answer")
    second = post_intent("/payment_intents", b"amount=500&currency=eur", "k-s47")
    equal((second.status, second.json()["id"]), (200, "pi_047"), "second answer")
    health = send("GET", BASE + "/health", headers={"KitchenSink-Version": "2027-01-01"})
    equal((health.status, health.body), (200, b"ok"), "health")
    equal([header(r, "Idempotency-Key") for r in seen(3)[:2]], ["k-s47", "k-s47"], "keys journaled")


def s48():
    declined = post_intent("/payment_intents", b"amount=100&currency=usd")
    equal(declined.status, 402, "declined status")
    equal(declined.json()["error"]["decline_code"], "insufficient_funds", "decline code")
    missing = send("GET", BASE + "/accounts/AC00000000000000000000000000000404", headers={"Authorization": BASIC})
    equal((missing.status, missing.json()["code"]), (404, 20404), "not found")
    seen(2)


def s51():
    answer = post_intent("/accounts/" + SID + "/reminders?NotBefore=Thu%2C%2024%20Aug%202023%2007:01:45%20%2B0200",
                         b"RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000&Note=call+back")
    equal((answer.status, answer.json()["remind_at"], answer.json()["date_created"]),
          (201, "Thu, 24 Aug 2023 05:01:45 +0000", "Thu, 4 Jan 2024 10:00:00 GMT"), "answer")
    seen(1)


def s52():
    first = send("GET", WIREMOCK + "/edge/v1/accounts/" + SID + "/messages?PageSize=2", headers={"Authorization": BASIC})
    link = first.json()["meta"]["next_page_url"]
    equal(link, "/v1/accounts/" + SID + "/messages?PageSize=2&Page=1&PageToken=PA522", "absolute-path link")
    second = send("GET", WIREMOCK + "/edge" + link, headers={"Authorization": BASIC})
    equal([m["sid"] for m in second.json()["messages"]], ["SM523"], "page 2 under the prefix")
    equal(send("GET", WIREMOCK + link, headers={"Authorization": BASIC}).status, 404, "page 2 without the prefix")
    seen(3)


def s53():
    answer = post_intent("/accounts/" + SID + "/reminders", b"RemindAt=Thu%2C+24+Aug+2023+05%3A01%3A45+%2B0000")
    equal((answer.status, answer.json()["sid"]), (201, "RM053"), "answer")
    seen(1)


def s56():
    form = b"amount=2000&currency=usd&shipping%5Bname%5D=Jenny+Rosen"
    answer = post_intent("/payment_intents", form)
    equal((answer.status, answer.json()["id"]), (200, "pi_051"), "answer")
    pet = send("POST", BASE + "/pets", S21_DOG, {"Authorization": BASIC, "Content-Type": "application/json"})
    equal((pet.status, pet.body), (201, S21_DOG), "echo")
    equal([raw_body(r) for r in seen(2)], [form, S21_DOG], "journaled bodies")


def s62():
    account = send("GET", WIREMOCK + "/v1/accounts/AC62", headers={"Authorization": BASIC})
    equal((account.status, account.json()["status"]), (200, "active"), "accounts v1")
    message = send("POST", WIREMOCK + "/v2/messages", b"To=%2B15551230062&Body=Hello+from+two+specs",
                   {"Authorization": BASIC, "Content-Type": "application/x-www-form-urlencoded"})
    equal((message.status, message.json()["status"]), (201, "queued"), "messaging v2")
    equal(send("GET", WIREMOCK + "/v1/accounts/AC62").status, 404, "no credentials (an SDK must send them to every mount)")
    equal([r["url"] for r in seen(3)], ["/v1/accounts/AC62", "/v2/messages", "/v1/accounts/AC62"], "requests")


def s63():
    account = WIREMOCK + "/v1/Accounts/" + SID
    form = {"Authorization": BASIC, "Content-Type": "application/x-www-form-urlencoded"}
    message = send("POST", account + "/Messages.json", b"To=%2B15551230063&Body=Hello+from+the+tree", form)
    equal((message.status, message.json()["account_sid"]), (201, SID), "messages.create")
    media = send("GET", WIREMOCK + "/v1/Accounts/AC63/Messages/SM63/Media/ME63.json", headers={"Authorization": BASIC})
    equal((media.status, media.json()["sid"]), (200, "ME63"), "accounts(AC63).messages(SM63).media(ME63).fetch")
    equal(send("DELETE", account + "/Messages/SM63.json", headers={"Authorization": BASIC}).status, 204, "delete")
    summary = send("POST", account + "/Calls/FeedbackSummary.json", b"", form)
    equal((summary.status, summary.json()["call_count"]), (201, 3), "calls.feedback_summary.create")
    domains = send("GET", account + "/SIP/Domains.json", headers={"Authorization": BASIC})
    equal((domains.status, domains.json()[0]["sid"]), (200, "SD63"), "sip.domains.list")
    balance = send("GET", account + "/Balance.json", headers={"Authorization": BASIC})
    equal((balance.status, balance.json()["currency"]), (200, "USD"), "balance.fetch")
    equal(send("GET", account + "/Balance.json").status, 404, "no credentials")
    equal(len(seen(7)), 7, "requests")


def media_hash():
    equal(hashlib.sha256(media.recording_wav()).hexdigest(), media.SHA256, "generated S18 body")


def coverage():
    files = sorted(p.stem for p in MAPPINGS.glob("S*.json"))
    expected = [f"S{n:02d}" for n in [*range(1, 37), 40, *range(41, 49), 50, 51, 52, 53, 56, 59, 60, 62, 63] if n != 28]
    equal(files, expected, "mapping files")


def wiremock_tests() -> List[Tuple[str, Callable[[], None]]]:
    names = sorted(p.stem for p in MAPPINGS.glob("S*.json"))
    return [(name, scenario_test(name)) for name in names]


def scenario_test(name: str) -> Callable[[], None]:
    check = globals().get(name.lower())

    def run():
        expect(check is not None, f"no self-test for {name}.json")
        load_scenario(name)
        check()
    return run


def all_tests() -> List[Tuple[str, Callable[[], None]]]:
    return ([("mapping coverage", coverage), ("S18 media hash", media_hash)] + wiremock_tests()
            + [("S06 again (scenarios reset)", scenario_test("S06")),
               ("S09 again (scenarios reset)", scenario_test("S09")),
               ("S28 valid requests", s28_valid), ("S28 invalid requests", s28_invalid),
               ("S28 createPet Prism limit", s28_create_pet_limit),
               ("S28 no /v1 prefix", s28_no_v1_prefix)])


def main() -> int:
    if not WIREMOCK or not PRISM:
        print("run me under the harness: python3 conformance/harness.py run -- python3 "
              "conformance/selftest.py", file=sys.stderr)
        return 2
    passed = failed = 0
    started = time.monotonic()
    for name, test in all_tests():
        began = time.monotonic()
        try:
            test()
            passed += 1
            print(f"ok    {name} ({time.monotonic() - began:.2f} s)", flush=True)
        except Failed as failure:
            failed += 1
            print(f"FAIL  {name}: {failure}", flush=True)
        except Exception:  # a crash in one test must not hide the others
            failed += 1
            print(f"FAIL  {name}: {traceback.format_exc()}", flush=True)
    print(f"self-test took {time.monotonic() - started:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
