"""One builder per kind of page; each returns a :class:`antidep_cli.render.page.Page` that every renderer draws."""
