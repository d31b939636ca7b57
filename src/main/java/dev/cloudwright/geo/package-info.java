/** Provider regions and the geographies their data is stored in, shared by requirements, design and Terraform reading. */
package dev.cloudwright.geo;
