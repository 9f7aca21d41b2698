#!/usr/bin/env python3
"""The web app in a real browser: headless Chromium (Debian's chromium and
chromium-driver) through selenium, at a phone's size (390 x 844), in Japanese
and in English: the login (a wrong password first), the scan page with a
sample photo upload and a typed code (a typo caught as typed), a registration
that registers two recorders and refuses one with its message, the report with
its CSV and PDF downloads, the language switch and the logout.

    python3 scripts/web/browser_test.py --url http://127.0.0.1:PORT --labels DIR [--screenshots docs/screenshots]

DIR holds the seeded ledger's label PNGs (scripts/web/seed.sh), whose QR codes
give the registration codes to type. Prints one line per step; exits 1 at the
first failure.
"""
import argparse
import base64
import json
import os
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PHONE = {"width": 390, "height": 844, "pixelRatio": 2}

TEXT = {
    "ja": {"login": "ログイン", "wrong": "メールアドレスまたはパスワードが違います", "scan": "レコーダーの登録",
           "typo": "チェック文字が一致しません", "valid": "チェック文字が一致しました", "missing": "不足しています",
           "report": "CSVをダウンロード", "other": "English"},
    "en": {"login": "Log in", "wrong": "The address or the password is wrong", "scan": "Register recorders",
           "typo": "The check characters do not match", "valid": "The check characters match", "missing": "missing",
           "report": "Download CSV", "other": "日本語"},
}
RUNS = [
    # language, account, photo (two labels registered), typed code (refused: no license left)
    ("ja", "taro@example.jp", "demo-password-taro", "two-labels.jpg", ["NX4A2409013", "NX2B2410018"], "NX4A2502031"),
    ("en", "jiro@example.jp", "demo-password-jiro", "desk-tilted.jpg\nportrait-exif-rotated.jpg", ["NX4A2407001", "NX2B2408005"],
     "NX4A2411027"),
]

steps = 0


def step(name):
    global steps
    steps += 1
    print(f"ok {steps} {name}", flush=True)


def browser(language, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--lang={language}"]:
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": PHONE,
        "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36",
    })
    options.add_experimental_option("prefs", {
        "intl.accept_languages": language, "download.default_directory": downloads, "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.set_page_load_timeout(30)
    return driver


def screenshot(driver, folder, name):
    if not folder:
        return
    height = driver.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": PHONE["width"], "height": height, "scale": 1},
    })
    with open(os.path.join(folder, name + ".png"), "wb") as file:
        file.write(base64.b64decode(shot["data"]))


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def fits_the_phone(driver, page):
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= PHONE["width"], f"{page}: the page is {width} px wide, wider than the phone: it would need zooming")
    small = driver.execute_script(
        "return [...document.querySelectorAll('input:not(.file),select,textarea')]"
        ".filter(e => e.offsetParent && parseFloat(getComputedStyle(e).fontSize) < 16).length")
    check(small == 0, f"{page}: {small} controls under 16 px (a phone zooms into such a field when it is touched)")


def registration_code(remo, labels, serial):
    output = subprocess.run([remo, "qr", "decode", "--json", os.path.join(labels, "png", serial + ".png")],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output)[0]["codes"][0]["payload"]["registrationCode"]


def wait_file(folder, suffix, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        done = [name for name in os.listdir(folder) if name.endswith(suffix)]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} file was downloaded into {folder}")


def run(arguments, language, email, password, photo, expected, typed):
    text = TEXT[language]
    downloads = tempfile.mkdtemp(prefix="remo-downloads-")
    driver = browser(language, downloads)
    wait = WebDriverWait(driver, 30)
    shots = arguments.screenshots
    try:
        driver.get(arguments.url + "/?lang=" + language)
        check(text["login"] in driver.find_element(By.TAG_NAME, "h1").text, "the login page is not in " + language)
        fits_the_phone(driver, "login")
        screenshot(driver, shots, f"{language}-login")
        step(f"{language}: the login page, in {language}, fits a 390 px phone")

        driver.find_element(By.ID, "email").send_keys(email)
        driver.find_element(By.ID, "password").send_keys("not-the-password")
        driver.find_element(By.ID, "login-button").click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "login-error"), text["wrong"]))
        step(f"{language}: a wrong password is refused with its message")

        driver.find_element(By.ID, "password").clear()
        driver.find_element(By.ID, "password").send_keys(password)
        driver.find_element(By.ID, "login-button").click()
        wait.until(EC.url_contains("/scan"))
        check(text["scan"] in driver.find_element(By.TAG_NAME, "h1").text, "the scan page is not shown after the login")
        fits_the_phone(driver, "scan")
        step(f"{language}: the login opens the scan page")

        picker = driver.find_element(By.ID, "photos")
        check(picker.get_attribute("accept") == "image/*" and picker.get_attribute("capture") == "environment"
              and picker.get_attribute("multiple") is not None, "the photo input does not offer the phone's camera")
        picker.send_keys("\n".join(os.path.join(ROOT, "samples", "photos", name) for name in photo.split("\n")))
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#label-list li")) == len(expected))
        serials = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#label-list li .serial")]
        check(all(any(s.startswith(x) for s in serials) for x in expected), f"labels found: {serials}, expected {expected}")
        wait.until(lambda d: all(c.is_displayed() and int(c.get_attribute("width")) > 0
                                 for c in d.find_elements(By.CSS_SELECTOR, "#label-list li canvas.crop")))
        step(f"{language}: the photo's labels are found, each with a crop of the photo")

        code = registration_code(arguments.remo, arguments.labels, typed)
        box = driver.find_element(By.ID, "typed-code")
        mistyped = code[:-1] + ("A" if code[-1] != "A" else "B")
        box.send_keys(mistyped)
        wait.until(EC.text_to_be_present_in_element((By.ID, "typed-check"), text["typo"]))
        check(not driver.find_element(By.ID, "typed-add").is_enabled(), "a mistyped code can be added")
        box.clear()
        box.send_keys(code.lower())
        wait.until(EC.text_to_be_present_in_element((By.ID, "typed-check"), text["valid"]))
        driver.find_element(By.ID, "typed-add").click()
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#label-list li")) == len(expected) + 1)
        screenshot(driver, shots, f"{language}-scan")
        step(f"{language}: a typed code is checked as it is typed (a typo caught, the right code added)")

        driver.find_element(By.ID, "register").click()
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#result-list li")) == len(expected) + 1)
        results = driver.find_elements(By.CSS_SELECTOR, "#result-list li")
        statuses = [r.get_attribute("data-status") for r in results]
        check(statuses == ["registered"] * len(expected) + ["no-license"], f"statuses {statuses}")
        refused = results[-1]
        check(text["missing"] in refused.find_element(By.CSS_SELECTOR, ".advice").text, "the refusal does not say what is missing")
        check(refused.find_element(By.CSS_SELECTOR, ".message").text.strip() != "", "the refusal has no message")
        check(len(refused.find_elements(By.CSS_SELECTOR, ".pack")) >= 1, "the refusal names no pack that would cover it")
        fits_the_phone(driver, "results")
        screenshot(driver, shots, f"{language}-results")
        step(f"{language}: the registration registers {len(expected)} and refuses one, saying what is missing")

        driver.get(arguments.url + "/customers/" + email)
        page = driver.page_source
        check(all(x in page for x in expected), "the report does not show the registered recorders")
        check(text["report"] in page, "the report page is not in " + language)
        fits_the_phone(driver, "report")
        screenshot(driver, shots, f"{language}-report")
        driver.find_element(By.ID, "download-csv").click()
        csv = open(wait_file(downloads, ".csv"), encoding="utf-8-sig").read()
        check(all(x in csv for x in expected), "the CSV does not hold the registered recorders")
        driver.find_element(By.ID, "download-pdf").click()
        check(open(wait_file(downloads, ".pdf"), "rb").read(5) == b"%PDF-", "the PDF download is not a PDF")
        step(f"{language}: the report shows the recorders, and its CSV and PDF download")

        driver.find_element(By.ID, "lang-switch").click()
        other = "en" if language == "ja" else "ja"
        wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == other)
        check(TEXT[other]["report"] in driver.page_source, "the switch did not change the language")
        step(f"{language}: the language switch shows the page in {other}")

        driver.find_element(By.ID, "logout").click()
        wait.until(EC.presence_of_element_located((By.ID, "login-form")))
        driver.get(arguments.url + "/scan")
        check(driver.find_elements(By.ID, "login-form"), "the scan page opens after logging out")
        step(f"{language}: logging out ends the session")
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--labels", required=True, help="the seeded ledger's labels folder (png/ inside)")
    parser.add_argument("--remo", default=os.path.join(ROOT, ".build", "debug", "remo"))
    parser.add_argument("--screenshots", help="write phone-size screenshots here")
    arguments = parser.parse_args()
    if arguments.screenshots:
        os.makedirs(arguments.screenshots, exist_ok=True)
    started = time.time()
    try:
        for case in RUNS:
            run(arguments, *case)
    except Exception as error:  # the step that failed, and why
        print(f"not ok {steps + 1}: {error}", flush=True)
        return 1
    print(f"browser: {steps} steps passed in {time.time() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
