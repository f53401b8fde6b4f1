"""The parts of the 指标 tab (:class:`desktop.views.quotas_tab.QuotasTab` puts them together)."""
