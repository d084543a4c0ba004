/* Suggestions as you type in the site search box (an enhancement: the form works without it).
   ARIA 1.2 combobox: the input controls a listbox of links; arrows move, Enter opens, Escape closes. */
(function () {
    "use strict";
    if (window.vocationsSearchSuggestions) { return; }
    window.vocationsSearchSuggestions = true;

    var DELAY = 150;

    function setUp(form) {
        var input = form.querySelector("input[name=q]");
        var url = form.getAttribute("data-suggestions-url");
        if (!input || !url) { return; }
        var list = document.createElement("ul");
        var listId = input.id + "-suggestions";
        list.id = listId;
        list.className = "search-suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
        list.hidden = true;
        form.querySelector(".search-form__field").appendChild(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var timer = null;
        var active = -1;
        var items = [];
        var lastQuery = "";
        var controller = null;

        function close() {
            list.hidden = true;
            list.innerHTML = "";
            items = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            items.forEach(function (item, i) { item.setAttribute("aria-selected", i === index ? "true" : "false"); });
            active = index;
            if (index >= 0) { input.setAttribute("aria-activedescendant", items[index].id); }
            else { input.removeAttribute("aria-activedescendant"); }
        }

        function show(suggestions) {
            close();
            if (!suggestions.length) { return; }
            suggestions.forEach(function (suggestion, index) {
                var option = document.createElement("li");
                option.id = listId + "-" + index;
                option.className = "search-suggestion search-suggestion--" + suggestion.kind;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = suggestion.url;
                var label = document.createElement("span");
                label.className = "search-suggestion__label";
                label.textContent = suggestion.label;
                option.appendChild(label);
                if (suggestion.detail) {
                    var detail = document.createElement("span");
                    detail.className = "search-suggestion__detail";
                    detail.textContent = suggestion.detail;
                    option.appendChild(detail);
                }
                option.addEventListener("mousedown", function (event) { event.preventDefault(); });
                option.addEventListener("click", function () { window.location.assign(suggestion.url); });
                list.appendChild(option);
                items.push(option);
            });
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) { return; }
            lastQuery = query;
            if (query.length < 2) { close(); return; }
            if (controller) { controller.abort(); }
            controller = "AbortController" in window ? new AbortController() : null;
            fetch(url + "?q=" + encodeURIComponent(query), {
                headers: { "Accept": "application/json" },
                signal: controller ? controller.signal : undefined
            })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (input.value.trim() === query) { show(data.suggestions || []); } })
                .catch(function () { /* offline or aborted: the plain form still works */ });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden || !items.length) { return; }
            if (event.key === "ArrowDown") {
                event.preventDefault();
                highlight((active + 1) % items.length);
            } else if (event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active <= 0 ? items.length - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.assign(items[active].dataset.url);
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () { window.setTimeout(close, 100); });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll("form.search-form[data-suggestions-url]"), setUp);
    }
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); }
    else { init(); }
}());
