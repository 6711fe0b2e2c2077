from __future__ import annotations

from conflicts.extraction.normalize import NormalizedText, detect_language


def test_letter_variants_diacritics_and_tatweel_fold_to_one_spelling():
    normalized = NormalizedText("أَذْرَبِيجَـــان وإيران والمدينة وعلى")
    assert normalized.text == "اذربيجان وايران والمدينه وعلي"


def test_arabic_indic_digits_become_ascii():
    assert NormalizedText("١٠ نوفمبر ٢٠٢٠").text == "10 نوفمبر 2020"


def test_spans_found_in_the_normalised_text_slice_the_original_exactly():
    original = "وقُّعت الهدنة في ١٠ تشرينَ الثاني بأغدام."
    normalized = NormalizedText(original)
    start = normalized.text.index("اغدام")
    evidence, original_start, original_end = normalized.original_slice(start, start + len("اغدام"))
    assert evidence == "أغدام"
    assert original[original_start:original_end] == "أغدام"


def test_language_follows_the_script():
    assert detect_language("اتفقت أرمينيا وأذربيجان") == "ar"
    assert detect_language("Армения и Азербайджан") == "ru"
    assert detect_language("Armenia and Azerbaijan") == "en"
