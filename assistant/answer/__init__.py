"""The answer: eligibility matching, ranking, passages, report sentences, the cited composer and its evidence."""
