/** Registers every element of the library (once; a second import is harmless). */
import './mbc-chart/mbc-chart.js';
import './mbc-product-usage/mbc-product-usage.js';
