"""The renderers: JSON/CSV records and Markdown here, Rich views in ``terminal/``. They print nothing."""
