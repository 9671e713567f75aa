"""Writing text into generated Swift sources, for the embed-* scripts."""


def _fence(text, quotes):
    """Enough #s that nothing in text ends a raw literal opened with `quotes`."""
    hashes = 1
    while f'{quotes}{"#" * hashes}' in text or f'\\{"#" * hashes}' in text:
        hashes += 1
    return "#" * hashes


def raw_literal(text):
    """A Swift multi-line raw string holding text exactly."""
    fence = _fence(text, '"""')
    # A multi-line literal drops the newline before its closing quotes, so add one to keep the text's own.
    return f'{fence}"""\n{text}\n"""{fence}'


def raw_string(text):
    """A one-line Swift raw string holding text exactly."""
    fence = _fence(text, '"')
    return f'{fence}"{text}"{fence}'
