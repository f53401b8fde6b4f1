"""The parts of the 指标 tab (:class:`desktop.views.quotas_tab.QuotasTab` puts them together).

``scope`` the 事项 shown and the quota data every page reads; ``matrix_model`` the section ×
month matrix; one module per page (``matrix_page``, ``items_page``, ``rules_page``,
``charts_page``, ``targets_page``); ``edits`` adding, changing and deleting items and rules;
``transfer`` the Excel import and export; ``dialogs`` the rule, item and import dialogs.
"""
