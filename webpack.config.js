/**
 * Builds the task pane into dist/: taskpane.html + hashed JS, icons and manifest.
 * office.js is never bundled: the pane injects it from Microsoft's CDN at run time (src/word/load-office.ts).
 */
const path = require('path');
const fs = require('fs');
const os = require('os');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { parseAddinUrl, manifestForHost } = require('./scripts/webpack/manifest-for-host');
const { ContentSecurityPolicyPlugin } = require('./scripts/webpack/content-security-policy');
const { PaintedShellPlugin } = require('./scripts/webpack/painted-shell');
const { ScriptsAfterFirstPaintPlugin } = require('./scripts/webpack/scripts-after-first-paint');
const { CriticalCssPlugin } = require('./scripts/webpack/critical-css');

const DEV_PORT = 3000;
/** Where office-addin-dev-certs keeps its files (scripts/start.js creates and trusts them). */
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** HTTPS with office-addin-dev-certs' files when they exist; plain HTTP otherwise (scripts/start.js explains). */
function devServerTransport() {
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  const present = Object.values(files).every((name) => fs.existsSync(path.join(CERT_DIR, name)));
  if (!present) return { type: 'http' };
  const read = ([k, name]) => [k, fs.readFileSync(path.join(CERT_DIR, name))];
  return { type: 'https', options: Object.fromEntries(Object.entries(files).map(read)) };
}

/**
 * ADDIN_URL=https://host/path builds dist/ for that host (manifest URLs, production Id and name); unset, the
 * development manifest (https://localhost:3000) is copied as it is. A bad address stops the build here.
 */
function hostManifest() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return undefined;
  const base = parseAddinUrl(raw);
  if (base instanceof Error) {
    process.stderr.write(`\nBuild stopped: ${base.message}\n\n`);
    process.exit(1);
  }
  const { version } = require('./package.json');
  return (content) => manifestForHost(content.toString('utf8'), { base, version });
}

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const transformManifest = hostManifest();
  return {
    mode: production ? 'production' : 'development',
    // Parsing Fluent's icon package dominates a cold build; later builds (tests, npm start) reuse this cache.
    cache: { type: 'filesystem', buildDependencies: { config: [__filename] } },
    // Fluent v9 and React need an evergreen browser anyway: no IE 11 / ES5 output, no polyfills.
    target: ['web', 'es2020'],
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      // dist/cli/ holds the command line tool, built separately (scripts/build-cli.js).
      clean: { keep: /^cli[\\/]/ },
    },
    // Source maps stay out of dist/ in production; eval maps only while developing.
    devtool: production ? false : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.json'],
      // src/xml/dom.ts uses the browser's DOMParser in the pane; the Node parser must not ship.
      alias: { '@xmldom/xmldom': false },
      fallback: { fs: false, path: false, os: false, child_process: false, zlib: false },
    },
    module: {
      rules: [
        // Griffel's CSS leaves the scripts for one .css file (below), so the first render inserts no style rules.
        // Fluent's packages ship their makeStyles already compiled to __styles(); the extraction loader takes
        // the CSS out of those calls. Ours are compiled by @griffel/webpack-loader first (after ts-loader).
        {
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: '@griffel/webpack-loader' },
            { loader: 'ts-loader', options: { transpileOnly: true } },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    optimization: {
      // One shared vendor chunk (React + Fluent) that caches across releases, loaded in parallel with the app.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // Only what the first paint needs; chunks loaded later keep their own packages.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            // Scripts only: Fluent's extracted CSS belongs to GriffelCSSExtractionPlugin's one "griffel" chunk.
            type: /^javascript/,
            name: 'vendor',
            chunks: 'initial',
            priority: 10,
            reuseExistingChunk: true,
          },
        },
      },
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      // Griffel sorts its own rules in the one file, so mini-css-extract-plugin's module order does not matter.
      new MiniCssExtractPlugin({
        filename: production ? '[name].[contenthash:8].css' : '[name].css',
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        inject: 'head',
      }),
      // The first screen as static markup, before any script runs (issue 14).
      new PaintedShellPlugin('taskpane.html'),
      new ScriptsAfterFirstPaintPlugin('taskpane.html'),
      // Inline only the style rules the shell uses; the whole sheet loads without holding back its first paint.
      new CriticalCssPlugin('taskpane.html'),
      // Production only: development builds use eval source maps and a live-reload socket.
      ...(production ? [new ContentSecurityPolicyPlugin('taskpane.html')] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          { from: 'manifest.xml', to: 'manifest.xml', ...(transformManifest && { transform: transformManifest }) },
          // The manifest's SupportUrl: what the add-in does, how to get help, what it stores.
          { from: 'src/help', to: '.' },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      server: devServerTransport(),
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      open: false,
    },
  };
};
