"""The claim intake's old address, kept for notebooks and scripts written against it (notebook 00 imported
``from discrepancy.extract import article_text, extract_claims`` before the layers had folders). The intake
now lives in ``discrepancy.intake``; import from there."""

from discrepancy.intake import *  # noqa: F403  (the same public names)
from discrepancy.intake import __all__  # noqa: F401
