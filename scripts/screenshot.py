"""Take a full-page screenshot of a URL with Debian's Chromium, at phone or desktop width.

.venv/bin/python scripts/screenshot.py http://127.0.0.1:8000/fr/ /tmp/home.png --width 390
"""

import argparse

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("output")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--login", help="username:password to log into the Wagtail admin first")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        if args.login:
            username, password = args.login.split(":", 1)
            origin = "/".join(args.url.split("/")[:3])
            page.goto(f"{origin}/admin/login/")
            page.fill("input[name=username]", username)
            page.fill("input[name=password]", password)
            page.click("button[type=submit]")
            page.wait_for_load_state("networkidle")
        page.goto(args.url)
        page.wait_for_load_state("networkidle")
        page.screenshot(path=args.output, full_page=True)
        browser.close()


if __name__ == "__main__":
    main()
