/* Enhancements of the portrait pages; they work without them.
   - Filters of the listing: empty choices are left out of the address, so that it stays short.
   - "Copy the link" button (shown only when the clipboard can be written).
   - A link to #transcript opens the transcript. */
(function () {
    "use strict";
    var filters = document.querySelector(".portrait-filters");
    if (filters) {
        filters.addEventListener("submit", function () {
            filters.querySelectorAll("select").forEach(function (select) {
                select.disabled = !select.value;
            });
        });
        // Coming back with the browser's Back button: the selects must be usable again.
        window.addEventListener("pageshow", function () {
            filters.querySelectorAll("select").forEach(function (select) { select.disabled = false; });
        });
    }
    var button = document.querySelector("[data-copy-link]");
    if (button && navigator.clipboard && window.isSecureContext) {
        var status = document.querySelector(".portrait-share__status");
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(button.dataset.copyLink).then(function () {
                if (status) { status.textContent = button.dataset.copiedText; }
            });
        });
    }
    function openTranscript() {
        var target = location.hash === "#transcript" && document.getElementById("transcript");
        var details = target && target.closest("details");
        if (details) { details.open = true; }
    }
    openTranscript();
    window.addEventListener("hashchange", openTranscript);
})();
