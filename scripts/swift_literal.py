"""Writing text into generated Swift sources, for the embed-* scripts."""


def raw_literal(text):
    """A Swift multi-line raw string holding text exactly, with enough #s that nothing in it ends the literal."""
    hashes = 1
    while f'"""{"#" * hashes}' in text or f'\\{"#" * hashes}' in text:
        hashes += 1
    fence = "#" * hashes
    # A multi-line literal drops the newline before its closing quotes, so add one to keep the text's own.
    return f'{fence}"""\n{text}\n"""{fence}'


def raw_string(text):
    """A one-line Swift raw string holding text exactly."""
    hashes = 1
    while f'"{"#" * hashes}' in text or f'\\{"#" * hashes}' in text:
        hashes += 1
    fence = "#" * hashes
    return f'{fence}"{text}"{fence}'
