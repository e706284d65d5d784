"""The estimator journey: pure logic for results, sharing, keeping answers and wording."""
