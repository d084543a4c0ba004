/* Portrait page enhancements; the page works without them.
   - "Copy the link" button (shown only when the clipboard can be written).
   - A link to #transcript opens the transcript. */
(function () {
    "use strict";
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
