"""Link previews fetched server-side with several HTTP clients and a headless browser."""
import cloudscraper
from flask import Flask, request
from requests_html import HTMLSession
from selenium import webdriver

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    session = HTMLSession()
    page = session.get(url)  # want: T918
    scraper = cloudscraper.create_scraper()
    scraper.get(url)  # want: T918
    scraper.get("https://status.example.com/")
    driver = webdriver.Chrome()
    driver.get(url)  # want: T918
    driver.get("https://example.com/")
    return {"title": str(page.status_code)}
