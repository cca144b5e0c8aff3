"""The browser edition (pygbag): platform details kept at the edge of the game.

- `platform.py`: are we in a browser, the page's `window`, its language and its localStorage.
- `bundle.py`: lessons as one compact JSON file, so the browser needs no PyYAML.
- `build.py`: `sango build-web`, which stages what the game needs and runs pygbag (desktop only).
"""
