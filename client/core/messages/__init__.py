"""Message content: rich text in (sanitised HTML) and out (Markdown to HTML)."""
