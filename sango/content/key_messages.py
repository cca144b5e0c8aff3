"""Key message ids from the content guide, per age band, with a short teacher-facing summary."""

KEY_MESSAGES: dict[str, dict[str, str]] = {
    "5-7": {
        "K5-help": "Tell a grown-up you trust when something online feels wrong; you will not be in trouble.",
        "K5-private": "Name, address, school, phone number and photos are private: ask a grown-up first.",
        "K5-strangers": "Only chat or play with people you know in real life, with a grown-up's OK.",
        "K5-kind": "Be kind online; if someone is mean, tell a grown-up.",
        "K5-ask": "Ask before you click, download or buy; pop-ups and ads can trick you.",
        "K5-balance": "Take breaks and play away from screens too.",
    },
    "8-12": {
        "K8-netiquette": "Be polite, think before you post, treat others as you want to be treated.",
        "K8-bullying": "Don't reply in anger: save evidence, block, report, tell a trusted adult, stand up for others.",
        "K8-details": "Use a nickname; keep address, school, phone and passwords private; use privacy settings.",
        "K8-strangers": "People online may not be who they say; never meet an online-only friend without a trusted adult.",
        "K8-games": "Play games made for your age; in-game purchases need a grown-up.",
        "K8-content": "Upsetting content: close it, don't share it, tell an adult, report it.",
        "K8-photos": "Ask before posting pictures of others; photos spread and stay.",
        "K8-passwords": "Use strong, secret, different passwords.",
    },
    "13+": {
        "K13-grooming": "Warning signs: flattery, gifts, secrecy, private chat, photo requests, isolation, pressure. Never your fault.",
        "K13-no": "You can say no to requests for images; if threatened, don't pay, stop contact, keep evidence, report, get help.",
        "K13-footprint": "What you post can stay and spread; check privacy and location settings.",
        "K13-bullying": "Cyberbullying is never okay: support friends, report, don't join in.",
        "K13-meeting": "Think twice about meeting someone from online: public place, tell an adult, take someone.",
        "K13-critical": "Not everything online is true: fake profiles, scams, phishing.",
        "K13-balance": "Take control of screen time, notifications and sleep.",
        "K13-rights": "You have rights online, and there is help: trusted adults, helplines, peer support.",
    },
}

ALL_KEY_MESSAGES: dict[str, str] = {k: v for band in KEY_MESSAGES.values() for k, v in band.items()}


def band_of(key_message: str) -> str | None:
    return next((band for band, msgs in KEY_MESSAGES.items() if key_message in msgs), None)
