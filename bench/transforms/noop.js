// The benchmark's floor for jscodeshift's runner: read each file, hand it to a transform that does nothing.
module.exports = function noop() {
  return undefined;
};
