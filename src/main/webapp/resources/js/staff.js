// The staff page: the create and edit form opens in a dialog; the focus goes to its first field.
(function () {
    "use strict";
    window.paFocusStaffForm = function () {
        var tries = 0;
        (function focus() {
            var field = document.getElementById("staffForm:fullName");
            if (field && field.offsetParent !== null) {
                field.focus();
                return;
            }
            if (tries++ < 20) {
                setTimeout(focus, 25);
            }
        })();
    };
})();
