// The benchmark's yardstick: the smallest real jscodeshift codemod — rename one identifier, print the file.
module.exports = function rename(file, api) {
  const j = api.jscodeshift;
  const root = j(file.source);
  root.find(j.Identifier, { name: 'req' }).forEach((path) => {
    path.node.name = 'request';
  });
  return root.toSource();
};
module.exports.parser = 'tsx';
