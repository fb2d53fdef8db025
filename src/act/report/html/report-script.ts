/**
 * The report's only script: filter boxes over long tables. It reads nothing from the analysis (all data is
 * in the escaped markup), so no log text ever reaches JavaScript. Without it the page works the same,
 * minus the boxes, which stay hidden until the `js` class is set.
 */
export const REPORT_SCRIPT = `
document.documentElement.classList.add('js');
document.querySelectorAll('input[data-filter]').forEach(function (input) {
  var table = document.getElementById(input.getAttribute('data-filter'));
  if (!table || !table.tBodies[0]) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var status = document.getElementById(input.getAttribute('aria-describedby'));
  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var hit = q === '' || row.textContent.toLowerCase().indexOf(q) !== -1;
      row.hidden = !hit;
      if (hit) shown++;
    });
    if (status) status.textContent = q === '' ? '' : shown + ' of ' + rows.length + ' rows match';
  });
});
`
